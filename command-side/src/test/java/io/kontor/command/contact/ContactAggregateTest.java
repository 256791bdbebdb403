package io.kontor.command.contact;

import io.kontor.api.common.NotFoundException;
import io.kontor.api.common.Patch;
import io.kontor.api.contact.AddContact;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactDetailsPatch;
import io.kontor.api.contact.ContactReassigned;
import io.kontor.api.contact.ContactUpdated;
import io.kontor.api.contact.ReassignContact;
import io.kontor.api.contact.UpdateContact;
import io.kontor.api.relationship.EndRelationship;
import io.kontor.api.relationship.RelationshipAdded;
import io.kontor.api.relationship.RelationshipEndCause;
import io.kontor.api.relationship.RelationshipRules;
import io.kontor.api.relationship.RelationshipType;
import io.kontor.command.account.AccountRegistry;
import io.kontor.platform.axon.AuditMetadata;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.kontor.command.account.RuleViolated.invalidFields;
import static io.kontor.command.account.RuleViolated.rule;
import static org.assertj.core.api.Assertions.assertThat;

class ContactAggregateTest {

    private final UUID contactId = UUID.randomUUID();
    private final UUID accountId = UUID.randomUUID();
    private final UUID otherAccountId = UUID.randomUUID();
    private final ContactDetails anna = new ContactDetails("Anna", "Nowak", "anna.nowak@grupa.pl", "+48 22 123 45 67", "CFO");
    private AccountRegistry accounts;
    private ContactRegistry registry;
    private AggregateTestFixture<Contact> fixture;

    private ContactWorld world;

    @BeforeEach
    void setUp() {
        world = new ContactWorld();
        accounts = world.accounts;
        registry = world.contacts;
        fixture = world.fixture;
        accounts.registerOpening(accountId, null, null);
        accounts.registerOpening(otherAccountId, null, null);
    }

    private static ContactDetailsPatch email(String email) {
        return new ContactDetailsPatch(Patch.keep(), Patch.keep(), Patch.set(email), Patch.keep(), Patch.keep());
    }

    @Test
    void addsAContactToAnOpenAccount() {
        fixture.givenNoPriorActivity()
                .when(new AddContact(contactId, accountId, new ContactDetails(" Anna ", "Nowak", " anna.nowak@grupa.pl ",
                        "+48 22 123 45 67", "CFO")))
                .expectEvents(new ContactAdded(contactId, accountId, anna));
    }

    @Test
    void refusesAnUnknownOrClosedAccount() {
        fixture.givenNoPriorActivity()
                .when(new AddContact(contactId, UUID.randomUUID(), anna))
                .expectException(NotFoundException.class);
        accounts.registerClosing(otherAccountId, null);
        fixture.givenNoPriorActivity()
                .when(new AddContact(contactId, otherAccountId, anna))
                .expectException(rule("account-closed"));
    }

    @Test
    void refusesAnEmailAnotherContactOfTheAccountHasWhateverItsCase() {
        registry.registerAdded(UUID.randomUUID(), accountId, "Anna.Nowak@Grupa.pl");
        fixture.givenNoPriorActivity()
                .when(new AddContact(contactId, accountId, anna))
                .expectException(rule("contact-email-taken"))
                .expectNoEvents();
    }

    @Test
    void allowsTheSameEmailAtAnotherAccount() {
        registry.registerAdded(UUID.randomUUID(), otherAccountId, anna.email());
        fixture.givenNoPriorActivity()
                .when(new AddContact(contactId, accountId, anna))
                .expectEvents(new ContactAdded(contactId, accountId, anna));
    }

    @Test
    void refusesInvalidDetailsNamingEachField() {
        fixture.givenNoPriorActivity()
                .when(new AddContact(contactId, accountId, new ContactDetails("", null, "anna@", "call me", "x".repeat(151))))
                .expectException(invalidFields("firstName", "lastName", "email", "phone", "jobTitle"));
    }

    @Test
    void updatesTheDetailsAndClearsOptionalOnes() {
        registry.registerAdded(contactId, accountId, anna.email());
        ContactDetailsPatch patch = new ContactDetailsPatch(Patch.keep(), Patch.set("Nowak-Kowalska"), Patch.keep(),
                Patch.set(null), Patch.keep());
        fixture.given(new ContactAdded(contactId, accountId, anna))
                .when(new UpdateContact(contactId, patch))
                .expectEvents(new ContactUpdated(contactId, new ContactDetails("Anna", "Nowak-Kowalska", anna.email(), null, "CFO")));
    }

    @Test
    void changesNothingWhenNothingDiffers() {
        fixture.given(new ContactAdded(contactId, accountId, anna))
                .when(new UpdateContact(contactId, email(anna.email())))
                .expectNoEvents();
    }

    @Test
    void refusesAnEmailChangeToOneTakenAtTheAccount() {
        registry.registerAdded(contactId, accountId, anna.email());
        registry.registerAdded(UUID.randomUUID(), accountId, "jan@grupa.pl");
        fixture.given(new ContactAdded(contactId, accountId, anna))
                .when(new UpdateContact(contactId, email("JAN@grupa.pl")))
                .expectException(rule("contact-email-taken"));
    }

    @Test
    void reassignsToAnotherOpenAccountNamingBoth() {
        registry.registerAdded(contactId, accountId, anna.email());
        fixture.given(new ContactAdded(contactId, accountId, anna))
                .when(new ReassignContact(contactId, otherAccountId))
                .expectEvents(new ContactReassigned(contactId, accountId, otherAccountId));
    }

    @Test
    void refusesAReassignmentAtAStaleExpectedVersion() {
        registry.registerAdded(contactId, accountId, anna.email());
        fixture.given(new ContactAdded(contactId, accountId, anna))
                .when(new ReassignContact(contactId, otherAccountId), Map.of(AuditMetadata.EXPECTED_VERSION, 3L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void reassigningToTheCurrentAccountChangesNothing() {
        fixture.given(new ContactAdded(contactId, accountId, anna))
                .when(new ReassignContact(contactId, accountId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesAReassignmentToAClosedAccountOrOneWhereTheEmailIsTaken() {
        registry.registerAdded(contactId, accountId, anna.email());
        registry.registerAdded(UUID.randomUUID(), otherAccountId, anna.email().toUpperCase());
        fixture.given(new ContactAdded(contactId, accountId, anna))
                .when(new ReassignContact(contactId, otherAccountId))
                .expectException(rule("contact-email-taken"));
        UUID closed = UUID.randomUUID();
        accounts.registerOpening(closed, null, null);
        accounts.registerClosing(closed, null);
        fixture.given(new ContactAdded(contactId, accountId, anna))
                .when(new ReassignContact(contactId, closed))
                .expectException(rule("account-closed"))
                .expectNoEvents();
    }

    @Test
    void aContactWhoLeftTheCompanyIsRecordedAsItsFormerEmployee() {
        registry.registerAdded(contactId, accountId, anna.email());
        UUID formerEmployment = UUID.randomUUID();
        fixture.given(new ContactAdded(contactId, accountId, anna))
                .when(new ReassignContact(contactId, otherAccountId, formerEmployment))
                .expectEvents(new ContactReassigned(contactId, accountId, otherAccountId),
                        new RelationshipAdded(contactId, formerEmployment, RelationshipType.FORMER_EMPLOYEE_OF, null, accountId,
                                3, 0, RelationshipRules.today(), null));
    }

    @Test
    void aContactMovingToAnotherCustomerEndsItsRelationshipsWithTheOldOnesPeople() {
        UUID colleague = UUID.randomUUID();
        UUID relationship = UUID.randomUUID();
        registry.registerAdded(contactId, accountId, anna.email());
        registry.registerAdded(colleague, accountId, null);
        world.relationships.registerAdded(relationship, contactId, RelationshipType.ADVISES, colleague, null);
        List<EndRelationship> endings = world.recordEndings();
        fixture.given(new ContactAdded(contactId, accountId, anna), new RelationshipAdded(contactId, relationship,
                        RelationshipType.ADVISES, colleague, null, 4, 1, LocalDate.of(2024, 5, 1), null))
                .when(new ReassignContact(contactId, otherAccountId))
                .expectEvents(new ContactReassigned(contactId, accountId, otherAccountId));

        assertThat(endings).containsExactly(new EndRelationship(contactId, relationship, RelationshipRules.today(),
                RelationshipEndCause.CONTACT_REASSIGNED, contactId));
    }

    @Test
    void aContactMovingWithinTheHierarchyKeepsItsRelationships() {
        UUID colleague = UUID.randomUUID();
        UUID branch = UUID.randomUUID();
        accounts.registerOpening(branch, accountId, null);
        registry.registerAdded(contactId, accountId, anna.email());
        registry.registerAdded(colleague, accountId, null);
        world.relationships.registerAdded(UUID.randomUUID(), colleague, RelationshipType.REPORTS_TO, contactId, null);
        List<EndRelationship> endings = world.recordEndings();
        fixture.given(new ContactAdded(contactId, accountId, anna))
                .when(new ReassignContact(contactId, branch))
                .expectEvents(new ContactReassigned(contactId, accountId, branch));

        assertThat(endings).isEmpty();
    }
}
