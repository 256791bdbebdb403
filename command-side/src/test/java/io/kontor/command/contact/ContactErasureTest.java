package io.kontor.command.contact;

import io.kontor.api.common.Patch;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactDetailsPatch;
import io.kontor.api.contact.ContactErased;
import io.kontor.api.contact.EraseContact;
import io.kontor.api.contact.LegalHoldLifted;
import io.kontor.api.contact.LegalHoldPlaced;
import io.kontor.api.contact.LiftLegalHold;
import io.kontor.api.contact.PlaceLegalHold;
import io.kontor.api.contact.ReassignContact;
import io.kontor.api.contact.UpdateContact;
import io.kontor.api.relationship.AddRelationship;
import io.kontor.api.relationship.RelationshipType;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.UUID;

import static io.kontor.command.account.RuleViolated.invalidFields;
import static io.kontor.command.account.RuleViolated.rule;
import static org.assertj.core.api.Assertions.assertThat;

/** Erasure and legal holds of a contact. */
class ContactErasureTest {

    private final UUID contactId = UUID.randomUUID();
    private final UUID accountId = UUID.randomUUID();
    private final UUID erasureId = UUID.randomUUID();
    private final ContactDetails anna = new ContactDetails("Anna", "Nowak", "anna.nowak@grupa.pl", null, "CFO");
    private final ContactAdded added = new ContactAdded(contactId, accountId, anna);
    private JdbcTemplate jdbc;
    private ContactRegistry registry;
    private AggregateTestFixture<Contact> fixture;

    @BeforeEach
    void setUp() {
        ContactWorld world = new ContactWorld();
        jdbc = world.jdbc;
        registry = world.contacts;
        world.accounts.registerOpening(accountId, null, null);
        registry.registerAdded(contactId, accountId, anna.email());
        fixture = world.fixture;
    }

    @Test
    void erasureDestroysTheKeyFreesTheEmailAndRecordsItWithoutPersonalData() {
        fixture.given(added)
                .when(new EraseContact(contactId, erasureId, " Art. 17 request, ticket 4711 "))
                .expectEvents(new ContactErased(contactId, erasureId, "Art. 17 request, ticket 4711"));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM subject_key WHERE subject_id = ? AND data_key IS NULL "
                + "AND erased_at IS NOT NULL", Long.class, contactId)).isEqualTo(1);
        assertThat(registry.contactWithEmail(accountId, anna.email())).isEmpty();
    }

    @Test
    void erasingAnErasedContactChangesNothing() {
        fixture.given(added, new ContactErased(contactId, UUID.randomUUID(), "first request"))
                .when(new EraseContact(contactId, erasureId, "second request"))
                .expectNoEvents();
    }

    @Test
    void anErasureSaysWhy() {
        fixture.given(added)
                .when(new EraseContact(contactId, erasureId, " "))
                .expectException(invalidFields("reason"));
    }

    @Test
    void aLegalHoldRefusesErasureUntilItIsLifted() {
        fixture.given(added, new LegalHoldPlaced(contactId, "Litigation 2026/17"))
                .when(new EraseContact(contactId, erasureId, "Art. 17 request"))
                .expectException(rule("legal-hold"))
                .expectNoEvents();
        fixture.given(added, new LegalHoldPlaced(contactId, "Litigation 2026/17"), new LegalHoldLifted(contactId, "settled"))
                .when(new EraseContact(contactId, erasureId, "Art. 17 request"))
                .expectEvents(new ContactErased(contactId, erasureId, "Art. 17 request"));
    }

    @Test
    void aHoldIsPlacedOnceAndItsReasonChangedLiftedOnce() {
        fixture.given(added)
                .when(new PlaceLegalHold(contactId, "Litigation 2026/17"))
                .expectEvents(new LegalHoldPlaced(contactId, "Litigation 2026/17"));
        fixture.given(added, new LegalHoldPlaced(contactId, "Litigation 2026/17"))
                .when(new PlaceLegalHold(contactId, "Litigation 2026/17"))
                .expectNoEvents();
        fixture.given(added, new LegalHoldPlaced(contactId, "Litigation 2026/17"))
                .when(new PlaceLegalHold(contactId, "Tax audit 2027"))
                .expectEvents(new LegalHoldPlaced(contactId, "Tax audit 2027"));
        fixture.given(added, new LegalHoldPlaced(contactId, "Litigation 2026/17"))
                .when(new LiftLegalHold(contactId, null))
                .expectEvents(new LegalHoldLifted(contactId, null));
        fixture.given(added)
                .when(new LiftLegalHold(contactId, "nothing to lift"))
                .expectNoEvents();
        fixture.given(added)
                .when(new PlaceLegalHold(contactId, null))
                .expectException(invalidFields("reason"));
    }

    @Test
    void anErasedContactTakesNoFurtherChangeNorHold() {
        ContactErased erased = new ContactErased(contactId, erasureId, "Art. 17 request");
        fixture.given(added, erased)
                .when(new UpdateContact(contactId, new ContactDetailsPatch(Patch.set("Anna"), Patch.keep(), Patch.keep(),
                        Patch.keep(), Patch.keep())))
                .expectException(rule("contact-erased"));
        fixture.given(added, erased)
                .when(new ReassignContact(contactId, UUID.randomUUID()))
                .expectException(rule("contact-erased"));
        fixture.given(added, erased)
                .when(new PlaceLegalHold(contactId, "too late"))
                .expectException(rule("contact-erased"));
        fixture.given(added, erased)
                .when(new AddRelationship(contactId, UUID.randomUUID(), RelationshipType.WORKED_WITH, UUID.randomUUID(), null, 3,
                        0, LocalDate.of(2026, 1, 5), null))
                .expectException(rule("contact-erased"));
    }
}
