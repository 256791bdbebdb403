package io.kontor.command.account;

import io.kontor.api.account.AccountClosed;
import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountMapReviewed;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountOwnerAssigned;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.AccountProfilePatch;
import io.kontor.api.account.AccountProfileUpdated;
import io.kontor.api.account.AssignAccountOwner;
import io.kontor.api.account.CloseAccount;
import io.kontor.api.account.MoveAccount;
import io.kontor.api.account.OpenAccount;
import io.kontor.api.account.ReviewAccountMap;
import io.kontor.api.account.UpdateAccountProfile;
import io.kontor.api.common.Patch;
import io.kontor.command.hierarchy.Hierarchies;
import io.kontor.platform.axon.AuditMetadata;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.UUID;

import static io.kontor.command.account.AccountFixtures.keepAll;
import static io.kontor.command.account.AccountFixtures.profile;
import static io.kontor.command.account.AccountFixtures.profileWithDebtor;
import static io.kontor.command.account.RuleViolated.invalidFields;
import static io.kontor.command.account.RuleViolated.rule;

class AccountAggregateTest {

    private final UUID accountId = UUID.randomUUID();
    private final UUID parentId = UUID.randomUUID();
    private final UUID ownerId = UUID.randomUUID();
    private AccountRegistry registry;
    private AggregateTestFixture<Account> fixture;

    @BeforeEach
    void setUp() {
        JdbcTemplate jdbc = AccountFixtures.database();
        registry = new AccountRegistry(jdbc, new Hierarchies(jdbc));
        fixture = AccountFixtures.fixture(jdbc, registry);
    }

    private AccountOpened opened(AccountProfile profile, UUID parent) {
        return new AccountOpened(accountId, profile, parent, null);
    }

    @Nested
    class Opening {

        @Test
        void opensAHeadquartersWithANormalizedProfile() {
            AccountProfile typed = new AccountProfile("  Zakład Łódź ", AccountKind.LOCATION, " Logistics ", "pl", "pl-10",
                    "https://łódź.example.pl", " D-100 ");
            AccountProfile stored = new AccountProfile("Zakład Łódź", AccountKind.LOCATION, "Logistics", "PL", "PL-10",
                    "https://łódź.example.pl", "D-100");
            fixture.givenNoPriorActivity()
                    .when(new OpenAccount(accountId, typed, null, ownerId))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new AccountOpened(accountId, stored, null, ownerId));
        }

        @Test
        void opensUnderAnOpenParent() {
            registry.registerOpening(parentId, null, null);
            fixture.givenNoPriorActivity()
                    .when(new OpenAccount(accountId, profile("Plant"), parentId, null))
                    .expectEvents(new AccountOpened(accountId, profile("Plant"), parentId, null));
        }

        @Test
        void refusesAnUnknownParent() {
            fixture.givenNoPriorActivity()
                    .when(new OpenAccount(accountId, profile("Plant"), parentId, null))
                    .expectException(rule("parent-not-found"))
                    .expectNoEvents();
        }

        @Test
        void refusesAClosedParent() {
            registry.registerOpening(parentId, null, null);
            registry.registerClosing(parentId, null);
            fixture.givenNoPriorActivity()
                    .when(new OpenAccount(accountId, profile("Plant"), parentId, null))
                    .expectException(rule("parent-closed"))
                    .expectNoEvents();
        }

        @Test
        void refusesADebtorNumberOfAnotherOpenAccountWhateverItsCase() {
            registry.registerOpening(UUID.randomUUID(), null, "d-100");
            fixture.givenNoPriorActivity()
                    .when(new OpenAccount(accountId, profileWithDebtor("Second", "D-100"), null, null))
                    .expectException(rule("debtor-number-taken"))
                    .expectNoEvents();
        }

        @Test
        void takesOverTheDebtorNumberOfAClosedAccount() {
            UUID closedAccount = UUID.randomUUID();
            registry.registerOpening(closedAccount, null, "D-100");
            registry.registerClosing(closedAccount, "D-100");
            fixture.givenNoPriorActivity()
                    .when(new OpenAccount(accountId, profileWithDebtor("Successor", "D-100"), null, null))
                    .expectEvents(new AccountOpened(accountId, profileWithDebtor("Successor", "D-100"), null, null));
        }

        @Test
        void refusesAnInvalidProfileNamingEveryBadField() {
            AccountProfile invalid = new AccountProfile(" ", null, null, "XX", "DE-ZZ", "ftp://files", "D#1");
            fixture.givenNoPriorActivity()
                    .when(new OpenAccount(accountId, invalid, null, null))
                    .expectException(invalidFields("name", "kind", "country", "region", "website", "debtorNumber"))
                    .expectNoEvents();
        }

        @Test
        void refusesARegionOutsideTheCountry() {
            AccountProfile mismatch = new AccountProfile("Werk", AccountKind.LOCATION, null, "PL", "DE-BY", null, null);
            fixture.givenNoPriorActivity()
                    .when(new OpenAccount(accountId, mismatch, null, null))
                    .expectException(invalidFields("region"));
        }
    }

    @Nested
    class UpdatingTheProfile {

        @Test
        void appliesTheChangedFieldsAndKeepsTheRest() {
            registry.registerOpening(accountId, null, "D-1");
            AccountProfile before = new AccountProfile("Müller GmbH", AccountKind.COMPANY, "Chemicals", "DE", "DE-BY",
                    "mueller.de", "D-1");
            AccountProfilePatch patch = new AccountProfilePatch(Patch.set("Müller AG"), Patch.keep(), Patch.set(null),
                    Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep());
            fixture.given(opened(before, null))
                    .when(new UpdateAccountProfile(accountId, patch))
                    .expectEvents(new AccountProfileUpdated(accountId, new AccountProfile("Müller AG", AccountKind.COMPANY,
                            null, "DE", "DE-BY", "mueller.de", "D-1")));
        }

        @Test
        void changesNothingWhenNothingDiffers() {
            fixture.given(opened(profile("Acme"), null))
                    .when(new UpdateAccountProfile(accountId, keepAll()))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesToClearTheName() {
            AccountProfilePatch patch = new AccountProfilePatch(Patch.set(null), Patch.keep(), Patch.keep(), Patch.keep(),
                    Patch.keep(), Patch.keep(), Patch.keep());
            fixture.given(opened(profile("Acme"), null))
                    .when(new UpdateAccountProfile(accountId, patch))
                    .expectException(invalidFields("name"))
                    .expectNoEvents();
        }

        @Test
        void refusesADebtorNumberHeldByAnotherOpenAccount() {
            registry.registerOpening(accountId, null, null);
            registry.registerOpening(UUID.randomUUID(), null, "D-7");
            AccountProfilePatch patch = new AccountProfilePatch(Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(),
                    Patch.keep(), Patch.keep(), Patch.set("D-7"));
            fixture.given(opened(profile("Acme"), null))
                    .when(new UpdateAccountProfile(accountId, patch))
                    .expectException(rule("debtor-number-taken"))
                    .expectNoEvents();
        }

        @Test
        void refusesChangesToAClosedAccount() {
            fixture.given(opened(profile("Acme"), null), new AccountClosed(accountId, "merged"))
                    .when(new UpdateAccountProfile(accountId, keepAll()))
                    .expectException(rule("account-closed"));
        }
    }

    @Nested
    class MovingInTheHierarchy {

        @Test
        void movesUnderAnotherOpenParent() {
            registry.registerOpening(accountId, null, null);
            registry.registerOpening(parentId, null, null);
            fixture.given(opened(profile("Branch"), null))
                    .when(new MoveAccount(accountId, parentId))
                    .expectEvents(new AccountMovedInHierarchy(accountId, null, parentId));
        }

        @Test
        void becomesAHeadquartersWithANullParent() {
            registry.registerOpening(parentId, null, null);
            registry.registerOpening(accountId, parentId, null);
            fixture.given(opened(profile("Branch"), parentId))
                    .when(new MoveAccount(accountId, null))
                    .expectEvents(new AccountMovedInHierarchy(accountId, parentId, null));
        }

        @Test
        void changesNothingWhenAlreadyThere() {
            fixture.given(opened(profile("Branch"), parentId))
                    .when(new MoveAccount(accountId, parentId))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesToBecomeItsOwnParent() {
            fixture.given(opened(profile("Branch"), null))
                    .when(new MoveAccount(accountId, accountId))
                    .expectException(rule("hierarchy-cycle"));
        }

        @Test
        void refusesToMoveUnderItsOwnDescendant() {
            UUID child = UUID.randomUUID();
            UUID grandchild = UUID.randomUUID();
            registry.registerOpening(accountId, null, null);
            registry.registerOpening(child, accountId, null);
            registry.registerOpening(grandchild, child, null);
            fixture.given(opened(profile("Group"), null))
                    .when(new MoveAccount(accountId, grandchild))
                    .expectException(rule("hierarchy-cycle"))
                    .expectNoEvents();
        }

        @Test
        void refusesAClosedOrUnknownParent() {
            registry.registerOpening(accountId, null, null);
            registry.registerOpening(parentId, null, null);
            registry.registerClosing(parentId, null);
            fixture.given(opened(profile("Branch"), null))
                    .when(new MoveAccount(accountId, parentId))
                    .expectException(rule("parent-closed"));
            fixture.given(opened(profile("Branch"), null))
                    .when(new MoveAccount(accountId, UUID.randomUUID()))
                    .expectException(rule("parent-not-found"));
        }

        @Test
        void refusesAMoveAtAStaleExpectedVersion() {
            registry.registerOpening(accountId, null, null);
            registry.registerOpening(parentId, null, null);
            fixture.given(opened(profile("Branch"), null))
                    .when(new MoveAccount(accountId, parentId), Map.of(AuditMetadata.EXPECTED_VERSION, 4L))
                    .expectException(ConflictingAggregateVersionException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesToMoveAClosedAccount() {
            fixture.given(opened(profile("Branch"), null), new AccountClosed(accountId, null))
                    .when(new MoveAccount(accountId, parentId))
                    .expectException(rule("account-closed"));
        }
    }

    @Nested
    class AssigningTheOwner {

        @Test
        void assignsAndRemembersThePreviousOwner() {
            UUID newOwner = UUID.randomUUID();
            fixture.given(new AccountOpened(accountId, profile("Acme"), null, ownerId))
                    .when(new AssignAccountOwner(accountId, newOwner))
                    .expectEvents(new AccountOwnerAssigned(accountId, newOwner, ownerId));
        }

        @Test
        void changesNothingForTheSameOwner() {
            fixture.given(new AccountOpened(accountId, profile("Acme"), null, ownerId))
                    .when(new AssignAccountOwner(accountId, ownerId))
                    .expectNoEvents();
        }

        @Test
        void refusesAClosedAccount() {
            fixture.given(opened(profile("Acme"), null), new AccountClosed(accountId, null))
                    .when(new AssignAccountOwner(accountId, ownerId))
                    .expectException(rule("account-closed"));
        }
    }

    @Nested
    class Closing {

        @Test
        void closesWithAReasonAndReleasesTheDebtorNumber() {
            registry.registerOpening(accountId, null, "D-9");
            fixture.given(opened(profileWithDebtor("Acme", "D-9"), null))
                    .when(new CloseAccount(accountId, " merged into the group "))
                    .expectEvents(new AccountClosed(accountId, "merged into the group"));
            registry.registerOpening(UUID.randomUUID(), null, "D-9");
        }

        @Test
        void refusesWhileAChildIsOpen() {
            registry.registerOpening(accountId, null, null);
            registry.registerOpening(UUID.randomUUID(), accountId, null);
            fixture.given(opened(profile("Group"), null))
                    .when(new CloseAccount(accountId, null))
                    .expectException(rule("account-has-open-children"))
                    .expectNoEvents();
        }

        @Test
        void closesOnceClosedChildrenAreAllThatIsLeft() {
            UUID child = UUID.randomUUID();
            registry.registerOpening(accountId, null, null);
            registry.registerOpening(child, accountId, null);
            registry.registerClosing(child, null);
            fixture.given(opened(profile("Group"), null))
                    .when(new CloseAccount(accountId, null))
                    .expectEvents(new AccountClosed(accountId, null));
        }

        @Test
        void refusesToCloseTwice() {
            fixture.given(opened(profile("Acme"), null), new AccountClosed(accountId, null))
                    .when(new CloseAccount(accountId, null))
                    .expectException(rule("account-closed"));
        }

        @Test
        void refusesAnOverlongReason() {
            fixture.given(opened(profile("Acme"), null))
                    .when(new CloseAccount(accountId, "x".repeat(1001)))
                    .expectException(invalidFields("reason"));
        }
    }

    @Nested
    class ReviewingTheMap {

        @Test
        void recordsEveryReviewWithItsNoteTidied() {
            UUID review = UUID.randomUUID();
            fixture.given(opened(profile("Acme"), null))
                    .when(new ReviewAccountMap(accountId, review, "  New CFO since March;\r\nKowalski left  "))
                    .expectEvents(new AccountMapReviewed(accountId, review, "New CFO since March;\nKowalski left"));
            fixture.given(opened(profile("Acme"), null), new AccountMapReviewed(accountId, review, null))
                    .when(new ReviewAccountMap(accountId, review, null))
                    .expectEvents(new AccountMapReviewed(accountId, review, null));
        }

        @Test
        void refusesAClosedAccountOrAnOverlongNote() {
            fixture.given(opened(profile("Acme"), null), new AccountClosed(accountId, null))
                    .when(new ReviewAccountMap(accountId, UUID.randomUUID(), "late"))
                    .expectException(rule("account-closed"));
            fixture.given(opened(profile("Acme"), null))
                    .when(new ReviewAccountMap(accountId, UUID.randomUUID(), "x".repeat(2001)))
                    .expectException(invalidFields("note"));
        }
    }
}
