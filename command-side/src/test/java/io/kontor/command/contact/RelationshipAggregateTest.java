package io.kontor.command.contact;

import io.kontor.api.common.NotFoundException;
import io.kontor.api.common.Patch;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.relationship.AddRelationship;
import io.kontor.api.relationship.EndRelationship;
import io.kontor.api.relationship.RelationshipAdded;
import io.kontor.api.relationship.RelationshipEndCause;
import io.kontor.api.relationship.RelationshipEnded;
import io.kontor.api.relationship.RelationshipType;
import io.kontor.api.relationship.RelationshipUpdated;
import io.kontor.api.relationship.UpdateRelationship;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.kontor.api.relationship.RelationshipType.ADVISES;
import static io.kontor.api.relationship.RelationshipType.FORMER_EMPLOYEE_OF;
import static io.kontor.api.relationship.RelationshipType.INFLUENCES;
import static io.kontor.api.relationship.RelationshipType.REPORTS_TO;
import static io.kontor.command.account.RuleViolated.invalidFields;
import static io.kontor.command.account.RuleViolated.rule;

/** Every rule of a contact's relationships, on the Contact aggregate with its registries on a real database. */
class RelationshipAggregateTest {

    private static final LocalDate SINCE = LocalDate.of(2025, 1, 15);

    private final UUID group = UUID.randomUUID();
    private final UUID plant = UUID.randomUUID();
    private final UUID otherGroup = UUID.randomUUID();
    private final UUID anna = UUID.randomUUID();
    private final UUID boss = UUID.randomUUID();
    private final UUID plantManager = UUID.randomUUID();
    private final UUID stranger = UUID.randomUUID();
    private final UUID relationshipId = UUID.randomUUID();
    private ContactWorld world;
    private AggregateTestFixture<Contact> fixture;

    @BeforeEach
    void setUp() {
        world = new ContactWorld();
        fixture = world.fixture;
        world.accounts.registerOpening(group, null, null);
        world.accounts.registerOpening(plant, group, null);
        world.accounts.registerOpening(otherGroup, null, null);
        world.contacts.registerAdded(anna, group, null);
        world.contacts.registerAdded(boss, group, null);
        world.contacts.registerAdded(plantManager, plant, null);
        world.contacts.registerAdded(stranger, otherGroup, null);
    }

    private ContactAdded annaAdded() {
        return new ContactAdded(anna, group, new ContactDetails("Anna", "Wiśniewska", null, null, "CFO"));
    }

    private AddRelationship add(RelationshipType type, UUID toContact) {
        return new AddRelationship(anna, relationshipId, type, toContact, null, 3, 0, SINCE, null);
    }

    private RelationshipAdded added(RelationshipType type, UUID toContact) {
        return new RelationshipAdded(anna, relationshipId, type, toContact, null, 3, 0, SINCE, null);
    }

    @Test
    void recordsARelationshipToAPersonAnywhereInTheHierarchyWithItsNoteTidied() {
        fixture.given(annaAdded())
                .when(new AddRelationship(anna, relationshipId, INFLUENCES, plantManager, null, 4, -1, SINCE,
                        "  Listens to her\r\non budgets  "))
                .expectEvents(new RelationshipAdded(anna, relationshipId, INFLUENCES, plantManager, null, 4, -1, SINCE,
                        "Listens to her\non budgets"));
    }

    @Test
    void recordsAFormerEmployerInAnyHierarchyEvenAClosedOne() {
        world.accounts.registerClosing(otherGroup, null);
        fixture.given(annaAdded())
                .when(new AddRelationship(anna, relationshipId, FORMER_EMPLOYEE_OF, null, otherGroup, 2, -2, SINCE, null))
                .expectEvents(new RelationshipAdded(anna, relationshipId, FORMER_EMPLOYEE_OF, null, otherGroup, 2, -2, SINCE, null));
    }

    @Test
    void refusesARelationshipWithOneself() {
        fixture.given(annaAdded())
                .when(add(ADVISES, anna))
                .expectException(invalidFields("toContactId"))
                .expectNoEvents();
    }

    @Test
    void refusesValuesOutOfRangeAFutureDateAndTheWrongKindOfTarget() {
        fixture.given(annaAdded())
                .when(new AddRelationship(anna, relationshipId, INFLUENCES, boss, null, 0, 3, LocalDate.now().plusDays(3), null))
                .expectException(invalidFields("strength", "sentiment", "validFrom"));
        fixture.given(annaAdded())
                .when(new AddRelationship(anna, relationshipId, FORMER_EMPLOYEE_OF, boss, null, 3, 0, SINCE, null))
                .expectException(invalidFields("toAccountId", "toContactId"));
        fixture.given(annaAdded())
                .when(new AddRelationship(anna, relationshipId, null, boss, null, 3, 0, SINCE, "x".repeat(2001)))
                .expectException(invalidFields("type", "note"));
    }

    @Test
    void refusesAnUnknownPersonOrAccount() {
        fixture.given(annaAdded())
                .when(add(INFLUENCES, UUID.randomUUID()))
                .expectException(NotFoundException.class);
        fixture.given(annaAdded())
                .when(new AddRelationship(anna, relationshipId, FORMER_EMPLOYEE_OF, null, UUID.randomUUID(), 3, 0, SINCE, null))
                .expectException(NotFoundException.class);
    }

    @Test
    void refusesAPersonOfAnotherHierarchy() {
        fixture.given(annaAdded())
                .when(add(INFLUENCES, stranger))
                .expectException(rule("relationship-outside-hierarchy"))
                .expectNoEvents();
    }

    @Test
    void refusesAPersonAtAClosedAccount() {
        UUID closedShop = UUID.randomUUID();
        UUID shopKeeper = UUID.randomUUID();
        world.accounts.registerOpening(closedShop, group, null);
        world.contacts.registerAdded(shopKeeper, closedShop, null);
        world.accounts.registerClosing(closedShop, null);
        fixture.given(annaAdded())
                .when(add(INFLUENCES, shopKeeper))
                .expectException(rule("account-closed"))
                .expectNoEvents();
    }

    @Test
    void recordsTheSameRelationshipOnlyOnce() {
        fixture.given(annaAdded(), added(ADVISES, boss))
                .when(new AddRelationship(anna, UUID.randomUUID(), ADVISES, boss, null, 5, 2, SINCE, null))
                .expectException(rule("relationship-exists"));
    }

    @Test
    void aPersonHasAtMostOneCurrentManager() {
        fixture.given(annaAdded(), added(REPORTS_TO, boss))
                .when(new AddRelationship(anna, UUID.randomUUID(), REPORTS_TO, plantManager, null, 3, 0, SINCE, null))
                .expectException(rule("second-manager"));
        fixture.given(annaAdded(), added(REPORTS_TO, boss), new RelationshipEnded(anna, relationshipId, SINCE.plusDays(30),
                        RelationshipEndCause.ENDED, null))
                .when(new AddRelationship(anna, UUID.randomUUID(), REPORTS_TO, plantManager, null, 3, 0, SINCE.plusDays(30), null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void reportingLinesNeverCloseACycleDirectlyOrThroughOthers() {
        world.relationships.registerAdded(UUID.randomUUID(), boss, REPORTS_TO, anna, null);
        fixture.given(annaAdded())
                .when(add(REPORTS_TO, boss))
                .expectException(rule("reporting-cycle"));
        UUID chain = UUID.randomUUID();
        world.relationships.registerAdded(chain, plantManager, REPORTS_TO, boss, null);
        fixture.given(annaAdded())
                .when(add(REPORTS_TO, plantManager))
                .expectException(rule("reporting-cycle"))
                .expectNoEvents();
        world.relationships.registerEnded(chain);
        fixture.given(annaAdded())
                .when(add(REPORTS_TO, plantManager))
                .expectEvents(added(REPORTS_TO, plantManager));
    }

    @Test
    void updatesStrengthSentimentAndNoteAndIgnoresAChangeToTheSame() {
        fixture.given(annaAdded(), added(ADVISES, boss))
                .when(new UpdateRelationship(anna, relationshipId, Patch.set(5), Patch.keep(), Patch.set("Trusted advisor")))
                .expectEvents(new RelationshipUpdated(anna, relationshipId, 5, 0, "Trusted advisor"));
        fixture.given(annaAdded(), added(ADVISES, boss))
                .when(new UpdateRelationship(anna, relationshipId, Patch.set(3), Patch.set(0), Patch.set("  ")))
                .expectNoEvents();
        fixture.given(annaAdded(), added(ADVISES, boss))
                .when(new UpdateRelationship(anna, relationshipId, Patch.set(6), Patch.set(-3), Patch.keep()))
                .expectException(invalidFields("strength", "sentiment"));
    }

    @Test
    void anEndedOrUnknownRelationshipTakesNoChange() {
        RelationshipEnded ended = new RelationshipEnded(anna, relationshipId, SINCE.plusDays(1), RelationshipEndCause.ENDED, null);
        fixture.given(annaAdded(), added(ADVISES, boss), ended)
                .when(new UpdateRelationship(anna, relationshipId, Patch.set(5), Patch.keep(), Patch.keep()))
                .expectException(rule("relationship-ended"));
        fixture.given(annaAdded())
                .when(new UpdateRelationship(anna, relationshipId, Patch.set(5), Patch.keep(), Patch.keep()))
                .expectException(NotFoundException.class);
    }

    @Test
    void endsARelationshipAsOfADayAndIgnoresASecondEnd() {
        LocalDate until = SINCE.plusDays(100);
        RelationshipEnded ended = new RelationshipEnded(anna, relationshipId, until, RelationshipEndCause.ENDED, null);
        fixture.given(annaAdded(), added(ADVISES, boss))
                .when(new EndRelationship(anna, relationshipId, until, RelationshipEndCause.ENDED, null))
                .expectEvents(ended);
        fixture.given(annaAdded(), added(ADVISES, boss), ended)
                .when(new EndRelationship(anna, relationshipId, until.plusDays(1), RelationshipEndCause.ENDED, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesAnEndBeforeTheStartOrInTheFuture() {
        fixture.given(annaAdded(), added(ADVISES, boss))
                .when(new EndRelationship(anna, relationshipId, SINCE.minusDays(1), RelationshipEndCause.ENDED, null))
                .expectException(invalidFields("validTo"));
        fixture.given(annaAdded(), added(ADVISES, boss))
                .when(new EndRelationship(anna, relationshipId, LocalDate.now().plusDays(2), RelationshipEndCause.ENDED, null))
                .expectException(invalidFields("validTo"));
    }

    @Test
    void aHierarchyChangeEndsARelationshipNamingWhatMovedButNeverBeforeItBegan() {
        fixture.given(annaAdded(), added(ADVISES, boss))
                .when(new EndRelationship(anna, relationshipId, SINCE.minusDays(5), RelationshipEndCause.ACCOUNT_MOVED, plant))
                .expectEvents(new RelationshipEnded(anna, relationshipId, SINCE, RelationshipEndCause.ACCOUNT_MOVED, plant));
    }
}
