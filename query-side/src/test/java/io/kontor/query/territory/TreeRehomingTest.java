package io.kontor.query.territory;

import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.AccountProfileUpdated;
import io.kontor.api.territory.TerritoryCondition;
import io.kontor.api.territory.TerritoryCreated;
import io.kontor.api.territory.TerritoryDefinition;
import io.kontor.api.territory.TerritoryField;
import io.kontor.api.territory.TerritoryMatch;
import io.kontor.api.territory.TerritoryOperator;
import io.kontor.api.territory.TerritoryRules;
import io.kontor.platform.visibility.Visibility;
import io.kontor.query.readmodel.ReadModelDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events in, territory read model out, on a real H2 without Spring: trees that get another headquarters, or whose
 * headquarters changes country. Trees of a few hundred accounts, re-homed in chunks of 64, so every test crosses
 * several chunks.
 */
class TreeRehomingTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final int CHUNK = 64;

    private JdbcTemplate jdbc;
    private TerritoryProjection projection;
    private TerritoryQueries queries;
    private final Map<UUID, Long> sequences = new HashMap<>();
    private UUID czech;
    private UUID polishGroups;
    private UUID germanGroups;

    @BeforeEach
    void setUp() {
        jdbc = ReadModelDatabases.h2("territories");
        AccountFactStore facts = new AccountFactStore(jdbc);
        projection = new TerritoryProjection(new TerritoryVersions(jdbc), facts, new Reassignment(jdbc, facts),
                new ReevaluationJobs(jdbc), CHUNK);
        queries = new TerritoryQueries(jdbc, Visibility.unrestricted());
        czech = territory("Czech accounts", 1, TerritoryField.COUNTRY, "CZ");
        polishGroups = territory("Polish groups", 2, TerritoryField.HEADQUARTERS_COUNTRY, "PL");
        germanGroups = territory("German groups", 3, TerritoryField.HEADQUARTERS_COUNTRY, "DE");
    }

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

    private static Instant day(int day) {
        return T0.plusSeconds(86_400L * day);
    }

    private long next(UUID id) {
        return sequences.merge(id, 1L, Long::sum) - 1;
    }

    private UUID territory(String name, int priority, TerritoryField field, String value) {
        UUID id = UUID.randomUUID();
        projection.on(new TerritoryCreated(id, 1, new TerritoryDefinition(name, null, priority, new TerritoryRules(
                TerritoryMatch.ALL, List.of(new TerritoryCondition(field, TerritoryOperator.EQ, List.of(value)))), null, List.of()),
                day(0)), day(0));
        return id;
    }

    private static AccountProfile profile(String country) {
        return new AccountProfile("Firma", AccountKind.COMPANY, "Steel", country, null, null, null, null);
    }

    private UUID open(UUID parentId, String country) {
        UUID id = UUID.randomUUID();
        projection.on(new AccountOpened(id, profile(country), parentId, null), next(id), day(1));
        return id;
    }

    /** A tree under {@code root}, {@code widths[0]} children each with {@code widths[1]} children and so on; root not included. */
    private List<UUID> tree(UUID root, String country, int... widths) {
        List<UUID> all = new ArrayList<>();
        List<UUID> level = List.of(root);
        for (int width : widths) {
            List<UUID> next = new ArrayList<>();
            for (UUID parent : level) {
                for (int i = 0; i < width; i++) {
                    next.add(open(parent, country));
                }
            }
            all.addAll(next);
            level = next;
        }
        return all;
    }

    private void move(UUID accountId, UUID from, UUID to, Instant at) {
        projection.on(new AccountMovedInHierarchy(accountId, from, to), next(accountId), at);
    }

    private UUID territoryOf(UUID accountId, Instant asOf) {
        return queries.ofAccount(accountId, asOf).territoryId();
    }

    private int assignmentPeriods(UUID accountId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM territory_assignment WHERE account_id = ?", Integer.class, accountId);
    }

    private Map<String, List<Map<String, Object>>> tables(String... tables) {
        Map<String, List<Map<String, Object>>> rows = new HashMap<>();
        for (String table : tables) {
            rows.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY 1, 2"));
        }
        return rows;
    }
}
