package io.kontor.command.lead;

import io.kontor.api.lead.CaptureLead;
import io.kontor.api.lead.ConvertLead;
import io.kontor.api.lead.DisqualifyLead;
import io.kontor.api.lead.LeadCaptured;
import io.kontor.api.lead.LeadConversion;
import io.kontor.api.lead.LeadConvertedToAccount;
import io.kontor.api.lead.LeadDetails;
import io.kontor.api.lead.LeadDisqualified;
import io.kontor.api.lead.LeadQualified;
import io.kontor.api.lead.QualifyLead;
import io.kontor.api.lead.Questionnaire;
import io.kontor.command.account.AccountFixtures;
import io.kontor.command.account.AccountRegistry;
import io.kontor.command.contact.ContactRegistry;
import io.kontor.command.hierarchy.Hierarchies;
import io.kontor.platform.axon.KontorCommandTargetResolver;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.kontor.command.account.RuleViolated.invalidFields;
import static io.kontor.command.account.RuleViolated.rule;

class LeadAggregateTest {

    private static final Questionnaire QUESTIONNAIRE = new Questionnaire("test", "Test", List.of(
            new Questionnaire.Question("budget", "Budget?", List.of(new Questionnaire.Answer("yes", "Yes", 60),
                    new Questionnaire.Answer("no", "No", 0))),
            new Questionnaire.Question("need", "Need?", List.of(new Questionnaire.Answer("urgent", "Urgent", 40),
                    new Questionnaire.Answer("none", "None", 0)))), 50);

    private final UUID leadId = UUID.randomUUID();
    private final LeadDetails jan = new LeadDetails("Jan", "Kowalski", "jan@acme.pl", "Acme Sp. z o.o.", "+48 600 100 200",
            "acme.pl", 120, "trade fair");
    private final LeadCaptured captured = new LeadCaptured(leadId, jan);
    private final LeadQualified qualified = new LeadQualified(leadId, null, null, null, null);
    private LeadRegistry leads;
    private AccountRegistry accounts;
    private ContactRegistry contacts;
    private AggregateTestFixture<Lead> fixture;

    @BeforeEach
    void setUp() {
        JdbcTemplate jdbc = AccountFixtures.database();
        leads = new LeadRegistry(jdbc);
        accounts = new AccountRegistry(jdbc, new Hierarchies(jdbc));
        contacts = new ContactRegistry(jdbc, accounts, new Hierarchies(jdbc));
        fixture = new AggregateTestFixture<>(Lead.class);
        fixture.registerCommandTargetResolver(new KontorCommandTargetResolver());
        fixture.registerInjectableResource(leads);
        fixture.registerInjectableResource(QUESTIONNAIRE);
        fixture.registerAnnotatedCommandHandler(new LeadConversionHandler(fixture.getRepository(), leads, accounts, contacts,
                DefaultCommandGateway.builder().commandBus(fixture.getCommandBus()).build()));
    }

    @Nested
    class Capturing {

        @Test
        void capturesAValidLead() {
            fixture.givenNoPriorActivity()
                    .when(new CaptureLead(leadId, new LeadDetails(" Jan ", "Kowalski", " jan@acme.pl ", "Acme Sp. z o.o.",
                            "+48 600 100 200", "acme.pl", 120, "trade fair")))
                    .expectEvents(captured);
        }

        @Test
        void refusesAnotherOpenLeadWithTheSameEmailWhateverItsCase() {
            leads.claimEmail(UUID.randomUUID(), "JAN@acme.pl");
            fixture.givenNoPriorActivity()
                    .when(new CaptureLead(leadId, jan))
                    .expectException(rule("open-lead-exists"))
                    .expectNoEvents();
        }

        @Test
        void refusesMissingOrInvalidFields() {
            fixture.givenNoPriorActivity()
                    .when(new CaptureLead(leadId, new LeadDetails(null, " ", "jan@", "", "phone?", "ftp://x", -3, null)))
                    .expectException(invalidFields("firstName", "lastName", "email", "companyName", "phone", "website",
                            "employees"));
        }
    }

    @Nested
    class Qualifying {

        @Test
        void qualifiesWithAScoreFromTheWeightedAnswers() {
            fixture.given(captured)
                    .when(new QualifyLead(leadId, Map.of("budget", "yes")))
                    .expectEvents(new LeadQualified(leadId, 60, 50, "test", Map.of("budget", "yes")));
        }

        @Test
        void aScoreBelowTheThresholdLeavesTheLeadOpen() {
            fixture.given(captured)
                    .when(new QualifyLead(leadId, Map.of("budget", "no", "need", "urgent")))
                    .expectException(rule("lead-score-below-threshold"))
                    .expectNoEvents();
        }

        @Test
        void unknownQuestionsOrAnswersAreInvalid() {
            fixture.given(captured)
                    .when(new QualifyLead(leadId, Map.of("budget", "maybe", "colour", "red")))
                    .expectException(invalidFields("answers.budget", "answers.colour"));
        }

        @Test
        void withoutAnswersItIsAManualQualificationWithoutScore() {
            fixture.given(captured)
                    .when(new QualifyLead(leadId, Map.of()))
                    .expectEvents(qualified);
        }

        @Test
        void onlyAnOpenLeadCanBeQualified() {
            fixture.given(captured, qualified)
                    .when(new QualifyLead(leadId, Map.of()))
                    .expectException(rule("lead-in-wrong-state"));
            fixture.given(captured, new LeadDisqualified(leadId, "student"))
                    .when(new QualifyLead(leadId, Map.of()))
                    .expectException(rule("lead-in-wrong-state"));
        }
    }

    @Nested
    class Disqualifying {

        @Test
        void disqualifiesWithAReasonAndFreesTheEmail() {
            leads.claimEmail(leadId, jan.email());
            fixture.given(captured, qualified)
                    .when(new DisqualifyLead(leadId, " competitor's employee "))
                    .expectEvents(new LeadDisqualified(leadId, "competitor's employee"));
            leads.claimEmail(UUID.randomUUID(), jan.email());
        }

        @Test
        void needsAReasonAndAnOpenLead() {
            fixture.given(captured)
                    .when(new DisqualifyLead(leadId, ""))
                    .expectException(invalidFields("reason"));
            fixture.given(captured, new LeadDisqualified(leadId, "spam"))
                    .when(new DisqualifyLead(leadId, "again"))
                    .expectException(rule("lead-in-wrong-state"));
        }
    }

    @Nested
    class Converting {

        private final UUID accountId = UUID.randomUUID();

        @Test
        void convertsIntoAnExistingAccountReusingItsContactWithTheSameEmail() {
            UUID contactId = UUID.randomUUID();
            accounts.registerOpening(accountId, null, null);
            contacts.registerAdded(contactId, accountId, "JAN@ACME.PL");
            leads.claimEmail(leadId, jan.email());
            fixture.given(captured, qualified)
                    .when(new ConvertLead(leadId, accountId, null, null))
                    .expectEvents(new LeadConvertedToAccount(leadId, new LeadConversion(accountId, contactId, null, false, true)));
        }

        @Test
        void refusesAnUnqualifiedADisqualifiedOrAConvertedLead() {
            accounts.registerOpening(accountId, null, null);
            fixture.given(captured)
                    .when(new ConvertLead(leadId, accountId, null, null))
                    .expectException(rule("lead-in-wrong-state"))
                    .expectNoEvents();
            fixture.given(captured, new LeadDisqualified(leadId, "spam"))
                    .when(new ConvertLead(leadId, accountId, null, null))
                    .expectException(rule("lead-in-wrong-state"));
            fixture.given(captured, qualified, new LeadConvertedToAccount(leadId,
                            new LeadConversion(accountId, UUID.randomUUID(), null, false, false)))
                    .when(new ConvertLead(leadId, accountId, null, null))
                    .expectException(rule("lead-already-converted"));
        }

        @Test
        void refusesAClosedAccountOrAnAmbiguousTarget() {
            accounts.registerOpening(accountId, null, null);
            accounts.registerClosing(accountId, null);
            fixture.given(captured, qualified)
                    .when(new ConvertLead(leadId, accountId, null, null))
                    .expectException(rule("account-closed"))
                    .expectNoEvents();
            fixture.given(captured, qualified)
                    .when(new ConvertLead(leadId, null, null, null))
                    .expectException(invalidFields("accountId"));
        }
    }
}
