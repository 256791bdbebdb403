package io.kontor.command.support;

import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactExternalIdsChanged;
import io.kontor.api.contact.SetContactExternalId;
import io.kontor.api.common.Money;
import io.kontor.api.lead.LeadCaptured;
import io.kontor.api.lead.LeadDetails;
import io.kontor.api.lead.LeadExternalIdsChanged;
import io.kontor.api.lead.SetLeadExternalId;
import io.kontor.api.opportunity.OpportunityExternalIdsChanged;
import io.kontor.api.opportunity.OpportunityOpened;
import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.OpportunityWon;
import io.kontor.api.opportunity.SetOpportunityExternalId;
import io.kontor.api.opportunity.Stage;
import io.kontor.command.account.AccountFixtures;
import io.kontor.command.contact.Contact;
import io.kontor.command.lead.Lead;
import io.kontor.command.opportunity.Opportunity;
import io.kontor.platform.axon.KontorCommandTargetResolver;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import static io.kontor.command.account.RuleViolated.rule;

/** Contacts, opportunities and leads keep their ids in other systems as accounts do, each kind with its own claims. */
class ExternalIdsOfOtherRecordsTest {

    private final UUID id = UUID.randomUUID();
    private ExternalIdRegistry externalIds;

    @BeforeEach
    void setUp() {
        externalIds = new ExternalIdRegistry(AccountFixtures.database());
    }

    private <T> AggregateTestFixture<T> fixture(Class<T> type) {
        AggregateTestFixture<T> fixture = new AggregateTestFixture<>(type);
        fixture.registerCommandTargetResolver(new KontorCommandTargetResolver());
        fixture.registerInjectableResource(externalIds);
        return fixture;
    }

    @Test
    void aContactRecordsItsIdAndRefusesOneAnotherContactHolds() {
        ContactAdded added = new ContactAdded(id, UUID.randomUUID(), new ContactDetails("Anna", "Nowak", null, null, null));
        fixture(Contact.class).given(added)
                .when(new SetContactExternalId(id, "hubspot", "901"))
                .expectEvents(new ContactExternalIdsChanged(id, Map.of("hubspot", "901")));
        externalIds.claim("CONTACT", UUID.randomUUID(), Map.of("hubspot", "902"));
        fixture(Contact.class).given(added)
                .when(new SetContactExternalId(id, "hubspot", "902"))
                .expectException(rule("external-id-taken"));
    }

    @Test
    void theSameIdMayNameAnAccountAndAContactOfOneSource() {
        externalIds.claim("ACCOUNT", UUID.randomUUID(), Map.of("hubspot", "5001"));
        fixture(Contact.class).given(new ContactAdded(id, UUID.randomUUID(), new ContactDetails("Anna", "Nowak", null, null, null)))
                .when(new SetContactExternalId(id, "hubspot", "5001"))
                .expectEvents(new ContactExternalIdsChanged(id, Map.of("hubspot", "5001")));
    }

    @Test
    void anOpenOpportunityRecordsItsIdAndAClosedOneTakesNoChange() {
        OpportunityOpened opened = new OpportunityOpened(id, UUID.randomUUID(), new OpportunityTerms("Chillers",
                new Money(new BigDecimal("12500.00"), "EUR"), null, null, null), Stage.PROPOSAL, 60);
        fixture(Opportunity.class).given(opened)
                .when(new SetOpportunityExternalId(id, "salesforce", "0063600000xYz01AAC"))
                .expectEvents(new OpportunityExternalIdsChanged(id, Map.of("salesforce", "0063600000xYz01AAC")));
        fixture(Opportunity.class).given(opened, new OpportunityWon(id, opened.terms().value(), null))
                .when(new SetOpportunityExternalId(id, "salesforce", "0063600000xYz01AAC"))
                .expectException(rule("opportunity-closed"));
    }

    @Test
    void aLeadRecordsAndRemovesItsId() {
        LeadCaptured captured = new LeadCaptured(id, new LeadDetails("Jan", "Kowalski", "jan@acme.pl", "Acme", null, null, null, null));
        fixture(Lead.class).given(captured, new LeadExternalIdsChanged(id, Map.of("salesforce", "00Q3600000lEaD1EAK")))
                .when(new SetLeadExternalId(id, "salesforce", null))
                .expectEvents(new LeadExternalIdsChanged(id, Map.of()));
    }
}
