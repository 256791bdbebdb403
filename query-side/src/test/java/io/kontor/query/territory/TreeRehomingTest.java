package io.kontor.query.territory;

import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.AccountProfileUpdated;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events in, territory read model out, on a real H2 without Spring: trees that get another headquarters, or whose
 * headquarters changes country. Trees of a few hundred accounts, re-homed in chunks of 64, so every test crosses
 * several chunks.
 */
class TreeRehomingTest extends TerritoryTreeFixture {

    @Test
    void aMoveOfAManyLevelSubtreeToAHeadquartersInAnotherCountryPlacesEveryMemberAgainFromThatDay() {
        UUID polishGroup = open(null, "PL");
        UUID germanGroup = open(null, "DE");
        UUID sibling = open(polishGroup, "PL");
        UUID chain = open(polishGroup, "PL");
        List<UUID> polishMembers = tree(chain, "PL", 3, 10, 9);
        List<UUID> czechMembers = tree(polishMembers.get(5), "CZ", 4);

        move(chain, polishGroup, germanGroup, day(2));

        assertThat(polishMembers).hasSizeGreaterThan(4 * CHUNK).allSatisfy(member -> {
            assertThat(territoryOf(member, day(1))).isEqualTo(polishGroups);
            assertThat(territoryOf(member, day(2))).isEqualTo(germanGroups);
            assertThat(queries.ofAccount(member, day(2)).since()).isEqualTo(day(2));
        });
        assertThat(czechMembers).as("placed by their own country, not their headquarters'").allSatisfy(member -> {
            assertThat(territoryOf(member, day(2))).isEqualTo(czech);
            assertThat(assignmentPeriods(member)).as("no new period").isEqualTo(1);
        });
        assertThat(territoryOf(sibling, day(2))).as("not under the moved account").isEqualTo(polishGroups);
        assertThat(territoryOf(polishGroup, day(2))).isEqualTo(polishGroups);
    }

    @Test
    void afterAMoveTheCountryOfTheNewHeadquartersReachesTheMovedAccounts() {
        UUID polishGroup = open(null, "PL");
        UUID germanGroup = open(null, "DE");
        UUID chain = open(polishGroup, "PL");
        List<UUID> members = tree(chain, "PL", 5, 8, 6);
        move(chain, polishGroup, germanGroup, day(2));

        projection.on(new AccountProfileUpdated(germanGroup, profile("AT")), next(germanGroup), day(3));

        assertThat(members).hasSizeGreaterThan(4 * CHUNK).allSatisfy(member -> {
            assertThat(territoryOf(member, day(2))).isEqualTo(germanGroups);
            assertThat(territoryOf(member, day(3))).as("no territory takes Austrian groups").isNull();
        });
        assertThat(territoryOf(polishGroup, day(3))).isEqualTo(polishGroups);
    }

    @Test
    void aMoveToAHeadquartersInTheSameCountryChangesNoFactsAndNoAssignments() {
        UUID warsawGroup = open(null, "PL");
        UUID krakowGroup = open(null, "PL");
        UUID chain = open(warsawGroup, "PL");
        tree(chain, "PL", 4, 10, 2);
        Map<String, List<Map<String, Object>>> before = tables("territory_account_fact", "territory_assignment");

        move(chain, warsawGroup, krakowGroup, day(2));

        assertThat(tables("territory_account_fact", "territory_assignment")).isEqualTo(before);
    }

    @Test
    void aRedeliveredMoveChangesNothing() {
        UUID polishGroup = open(null, "PL");
        UUID germanGroup = open(null, "DE");
        UUID chain = open(polishGroup, "PL");
        tree(chain, "PL", 4, 10, 2);
        AccountMovedInHierarchy moved = new AccountMovedInHierarchy(chain, polishGroup, germanGroup);
        long sequence = next(chain);
        projection.on(moved, sequence, day(2));
        Map<String, List<Map<String, Object>>> before = tables("territory_account", "territory_account_fact",
                "territory_assignment");

        projection.on(moved, sequence, day(2));

        assertThat(tables("territory_account", "territory_account_fact", "territory_assignment")).isEqualTo(before);
    }

    @Test
    void aHeadquartersWhoseCountryChangesTakesItsWholeTreeToTheTerritoriesOfItsNewCountry() {
        UUID group = open(null, "PL");
        List<UUID> members = tree(group, "PL", 3, 10, 10);
        UUID czechPlant = open(members.get(7), "CZ");

        projection.on(new AccountProfileUpdated(group, profile("DE")), next(group), day(2));

        assertThat(members).hasSizeGreaterThan(4 * CHUNK).allSatisfy(member -> {
            assertThat(territoryOf(member, day(1))).isEqualTo(polishGroups);
            assertThat(territoryOf(member, day(2))).isEqualTo(germanGroups);
        });
        assertThat(territoryOf(group, day(2))).isEqualTo(germanGroups);
        assertThat(territoryOf(czechPlant, day(2))).isEqualTo(czech);
        assertThat(assignmentPeriods(czechPlant)).isEqualTo(1);
    }

    @Test
    void aMoveAtTheInstantTheAccountsWereOpenedReplacesTheirFirstPeriodsInsteadOfAddingOnes() {
        UUID polishGroup = open(null, "PL");
        UUID germanGroup = open(null, "DE");
        UUID chain = open(polishGroup, "PL");
        List<UUID> members = tree(chain, "PL", 3, 10);

        move(chain, polishGroup, germanGroup, day(1));

        assertThat(members).allSatisfy(member -> {
            assertThat(territoryOf(member, day(1))).isEqualTo(germanGroups);
            assertThat(assignmentPeriods(member)).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM territory_account_fact WHERE account_id = ?",
                    Integer.class, member)).isEqualTo(1);
        });
    }

    @Test
    void aMoveStampedBeforeAMembersLatestChangeTakesEffectForThatMemberWhereItsPresentFactsBegin() {
        UUID polishGroup = open(null, "PL");
        UUID germanGroup = open(null, "DE");
        UUID chain = open(polishGroup, "PL");
        List<UUID> members = tree(chain, "PL", 3, 10);
        List<UUID> changedLater = members.subList(0, 15);
        changedLater.forEach(member -> projection.on(new AccountProfileUpdated(member,
                new AccountProfile("Firma", AccountKind.COMPANY, "Glass", "PL", null, null, null, null)), next(member), day(3)));

        move(chain, polishGroup, germanGroup, day(2));

        assertThat(members).hasSizeLessThan(CHUNK).allSatisfy(member -> {
            boolean later = changedLater.contains(member);
            assertThat(territoryOf(member, day(2))).isEqualTo(later ? polishGroups : germanGroups);
            assertThat(territoryOf(member, day(3))).isEqualTo(germanGroups);
            assertThat(assignmentPeriods(member)).isEqualTo(2);
        });
    }
}
