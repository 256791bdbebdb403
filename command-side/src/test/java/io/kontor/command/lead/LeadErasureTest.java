package io.kontor.command.lead;

import io.kontor.api.lead.DisqualifyLead;
import io.kontor.api.lead.EraseLead;
import io.kontor.api.lead.LeadCaptured;
import io.kontor.api.lead.LeadDetails;
import io.kontor.api.lead.LeadErased;
import io.kontor.api.lead.LeadQualified;
import io.kontor.api.lead.QualifyLead;
import io.kontor.api.lead.Questionnaire;
import io.kontor.command.account.AccountFixtures;
import io.kontor.platform.axon.KontorCommandTargetResolver;
import io.kontor.platform.privacy.SubjectKeys;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.kontor.command.account.RuleViolated.invalidFields;
import static io.kontor.command.account.RuleViolated.rule;
import static org.assertj.core.api.Assertions.assertThat;

/** Erasure of a lead. */
class LeadErasureTest {

    private final UUID leadId = UUID.randomUUID();
    private final UUID erasureId = UUID.randomUUID();
    private final LeadDetails jan = new LeadDetails("Jan", "Kowalski", "jan@acme.pl", "Acme Sp. z o.o.", null, "acme.pl", 120,
            "trade fair");
    private final LeadCaptured captured = new LeadCaptured(leadId, jan);
    private JdbcTemplate jdbc;
    private LeadRegistry registry;
    private AggregateTestFixture<Lead> fixture;

    @BeforeEach
    void setUp() {
        jdbc = AccountFixtures.database();
        registry = new LeadRegistry(jdbc);
        registry.claimEmail(leadId, jan.email());
        fixture = new AggregateTestFixture<>(Lead.class);
        fixture.registerCommandTargetResolver(new KontorCommandTargetResolver());
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(new SubjectKeys(jdbc, Duration.ofMinutes(1)));
        fixture.registerInjectableResource(new Questionnaire("test", "Test", List.of(new Questionnaire.Question(
                "budget", "Budget?", List.of(new Questionnaire.Answer("yes", "Yes", 100)))), 50));
    }

    @Test
    void erasureDestroysTheKeyReleasesTheEmailAndKeepsTheRest() {
        fixture.given(captured)
                .when(new EraseLead(leadId, erasureId, "Art. 17 request"))
                .expectEvents(new LeadErased(leadId, erasureId, "Art. 17 request"));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM subject_key WHERE subject_id = ? AND data_key IS NULL", Long.class,
                leadId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lead_email_claim WHERE lead_id = ?", Long.class, leadId)).isZero();
        assertThat(registry.registrationOf(leadId)).hasValueSatisfying(lead -> assertThat(lead.email()).isNull());
        // Another lead may now be captured with the address.
        registry.claimEmail(UUID.randomUUID(), jan.email());
    }

    @Test
    void erasingAnErasedLeadChangesNothingAndAnErasureSaysWhy() {
        fixture.given(captured, new LeadErased(leadId, UUID.randomUUID(), "first"))
                .when(new EraseLead(leadId, erasureId, "second"))
                .expectNoEvents();
        fixture.given(captured)
                .when(new EraseLead(leadId, erasureId, null))
                .expectException(invalidFields("reason"));
    }

    @Test
    void anErasedLeadIsNeitherQualifiedNorDisqualifiedNorConverted() {
        LeadErased erased = new LeadErased(leadId, erasureId, "Art. 17 request");
        fixture.given(captured, erased)
                .when(new QualifyLead(leadId, Map.of()))
                .expectException(rule("lead-erased"));
        fixture.given(captured, new LeadQualified(leadId, null, null, null, null), erased)
                .when(new DisqualifyLead(leadId, "no budget"))
                .expectException(rule("lead-erased"));
    }
}
