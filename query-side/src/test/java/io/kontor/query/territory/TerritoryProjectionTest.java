package io.kontor.query.territory;

import io.kontor.platform.visibility.Visibility;
import io.kontor.api.account.AccountClosed;
import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.AccountProfileUpdated;
import io.kontor.api.territory.AccountTerritory;
import io.kontor.api.territory.TerritoryChanged;
import io.kontor.api.territory.TerritoryCondition;
import io.kontor.api.territory.TerritoryCreated;
import io.kontor.api.territory.TerritoryDefinition;
import io.kontor.api.territory.TerritoryField;
import io.kontor.api.territory.TerritoryMatch;
import io.kontor.api.territory.TerritoryOperator;
import io.kontor.api.territory.TerritoryRuleView;
import io.kontor.api.territory.TerritoryRules;
import io.kontor.api.territory.TerritoryView;
import io.kontor.query.readmodel.ReadModelDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Events in, territory read model out, on a real H2 without Spring. */
class TerritoryProjectionTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private JdbcTemplate jdbc;
    private TerritoryProjection projection;
    private TerritoryQueries queries;
    private final Map<UUID, Long> sequences = new java.util.HashMap<>();

    @BeforeEach
    void setUp() {
        jdbc = ReadModelDatabases.h2("territories");
        AccountFactStore facts = new AccountFactStore(jdbc);
        projection = new TerritoryProjection(new TerritoryVersions(jdbc), facts, new Reassignment(jdbc, facts),
                new ReevaluationJobs(jdbc));
        queries = new TerritoryQueries(jdbc, Visibility.unrestricted());
    }

    private static Instant day(int day) {
        return T0.plusSeconds(86_400L * day);
    }

    private long next(UUID id) {
        return sequences.merge(id, 1L, Long::sum) - 1;
    }

    private static TerritoryCondition condition(TerritoryField field, TerritoryOperator op, String... values) {
        return new TerritoryCondition(field, op, List.of(values));
    }

    private UUID territory(String name, UUID parentId, int priority, Instant from, TerritoryCondition... conditions) {
        UUID id = UUID.randomUUID();
        projection.on(new TerritoryCreated(id, 1, definition(name, parentId, priority, null, conditions), from), from);
        return id;
    }

    private static TerritoryDefinition definition(String name, UUID parentId, int priority, UUID ownerId,
                                                  TerritoryCondition... conditions) {
        return new TerritoryDefinition(name, parentId, priority, new TerritoryRules(TerritoryMatch.ALL, List.of(conditions)),
                ownerId, List.of());
    }

    private static AccountProfile profile(String country, String region, Integer employees) {
        return new AccountProfile("Firma", AccountKind.COMPANY, "Steel", country, region, null, null, employees);
    }

    private UUID open(UUID parentId, AccountProfile profile, Instant at) {
        UUID id = UUID.randomUUID();
        projection.on(new AccountOpened(id, profile, parentId, null), next(id), at);
        return id;
    }

    private UUID territoryOf(UUID accountId, Instant asOf) {
        return queries.ofAccount(accountId, asOf).territoryId();
    }

    @Test
    void anAccountBelongsToTheDeepestTerritoryWhoseRulesItMeetsWithItsParents() {
        UUID poland = territory("Poland", null, 1, day(0), condition(TerritoryField.COUNTRY, TerritoryOperator.EQ, "PL"));
        UUID mazowieckie = territory("Mazowieckie", poland, 1, day(0), condition(TerritoryField.REGION, TerritoryOperator.EQ, "PL-14"));
        UUID anywhereInMazowieckie = territory("Mazowsze elsewhere", null, 2, day(0),
                condition(TerritoryField.REGION, TerritoryOperator.EQ, "PL-14"));

        UUID warsaw = open(null, profile("PL", "PL-14", null), day(1));
        UUID krakow = open(null, profile("PL", "PL-12", null), day(1));
        UUID berlin = open(null, profile("DE", "DE-BE", null), day(1));

        assertThat(territoryOf(warsaw, day(2))).as("deeper than the top-level territory that also matches")
                .isEqualTo(mazowieckie).isNotEqualTo(anywhereInMazowieckie);
        assertThat(territoryOf(krakow, day(2))).isEqualTo(poland);
        assertThat(territoryOf(berlin, day(2))).isNull();
        AccountTerritory explained = queries.ofAccount(warsaw, day(2));
        assertThat(explained.matched()).containsExactly(new TerritoryRuleView("region", TerritoryOperator.EQ, List.of("PL-14")));
        assertThat(explained.since()).isEqualTo(day(1));
        assertThat(explained.territoryName()).isEqualTo("Mazowieckie");
    }

    @Test
    void siblingsBothMatchingGoToTheLowerPriority() {
        UUID big = territory("Large customers", null, 2, day(0), condition(TerritoryField.EMPLOYEES, TerritoryOperator.GTE, "1000"));
        UUID polish = territory("Polish customers", null, 1, day(0), condition(TerritoryField.COUNTRY, TerritoryOperator.IN, "PL", "CZ"));

        assertThat(territoryOf(open(null, profile("PL", null, 5000), day(1)), day(1))).isEqualTo(polish);
        assertThat(territoryOf(open(null, profile("DE", null, 5000), day(1)), day(1))).isEqualTo(big);
        assertThat(territoryOf(open(null, profile("DE", null, 999), day(1)), day(1))).isNull();
    }

    @Test
    void aProfileChangeMovesTheAccountFromThatInstantAndKeepsWhereItWasBefore() {
        UUID poland = territory("Poland", null, 1, day(0), condition(TerritoryField.COUNTRY, TerritoryOperator.EQ, "PL"));
        UUID germany = territory("Germany", null, 2, day(0), condition(TerritoryField.COUNTRY, TerritoryOperator.EQ, "DE"));
        UUID account = open(null, profile("PL", null, null), day(1));

        projection.on(new AccountProfileUpdated(account, profile("DE", null, null)), next(account), day(5));

        assertThat(territoryOf(account, day(4))).isEqualTo(poland);
        assertThat(territoryOf(account, day(5))).isEqualTo(germany);
        assertThat(queries.ofAccount(account, day(6)).since()).isEqualTo(day(5));
        assertThat(territoryOf(account, day(0))).as("before it was opened").isNull();
    }

    @Test
    void theCountryOfTheHeadquartersReachesEveryAccountOfItsTree() {
        UUID germanGroups = territory("German groups", null, 1, day(0),
                condition(TerritoryField.HEADQUARTERS_COUNTRY, TerritoryOperator.EQ, "DE"));
        UUID headquarters = open(null, profile("DE", null, null), day(1));
        UUID plant = open(headquarters, profile("PL", null, null), day(1));
        UUID office = open(plant, profile("CZ", null, null), day(1));
        assertThat(territoryOf(office, day(2))).isEqualTo(germanGroups);

        projection.on(new AccountProfileUpdated(headquarters, profile("AT", null, null)), next(headquarters), day(3));

        assertThat(territoryOf(office, day(3))).isNull();
        assertThat(territoryOf(plant, day(3))).isNull();
        assertThat(territoryOf(office, day(2))).isEqualTo(germanGroups);
    }

    @Test
    void aMoveUnderAnotherHeadquartersGivesTheSubtreeItsCountry() {
        UUID germanGroups = territory("German groups", null, 1, day(0),
                condition(TerritoryField.HEADQUARTERS_COUNTRY, TerritoryOperator.EQ, "DE"));
        UUID polishGroup = open(null, profile("PL", null, null), day(1));
        UUID germanGroup = open(null, profile("DE", null, null), day(1));
        UUID plant = open(polishGroup, profile("PL", null, null), day(1));
        UUID office = open(plant, profile("PL", null, null), day(1));

        projection.on(new AccountMovedInHierarchy(plant, polishGroup, germanGroup), next(plant), day(2));
        assertThat(territoryOf(office, day(2))).isEqualTo(germanGroups);
        assertThat(territoryOf(plant, day(2))).isEqualTo(germanGroups);

        projection.on(new AccountMovedInHierarchy(plant, germanGroup, null), next(plant), day(3));
        assertThat(territoryOf(office, day(3))).as("the plant is its own headquarters now, in Poland").isNull();
    }

    @Test
    void aNewTerritoryPlacesTheAccountsThatExistAlreadyAndRecordsTheReevaluation() {
        UUID first = open(null, profile("PL", null, 10), day(1));
        UUID second = open(null, profile("PL", null, 20), day(1));
        UUID poland = territory("Poland", null, 1, day(2), condition(TerritoryField.COUNTRY, TerritoryOperator.EQ, "PL"));

        assertThat(territoryOf(first, day(2))).isEqualTo(poland);
        assertThat(territoryOf(second, day(1))).as("before the territory took effect").isNull();
        var reevaluation = queries.admin(poland).reevaluation();
        assertThat(reevaluation.status()).isEqualTo("DONE");
        assertThat(reevaluation.done()).isEqualTo(2);
        assertThat(queries.tree(day(3)).territories()).extracting(TerritoryView::name, TerritoryView::accounts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Poland", 2L));
    }

    @Test
    void aVersionTakesEffectAtItsInstantAndTheTerritoriesOfEveryInstantStayAnswerable() {
        UUID ownerBefore = UUID.randomUUID();
        UUID ownerAfter = UUID.randomUUID();
        UUID poland = UUID.randomUUID();
        projection.on(new TerritoryCreated(poland, 1, definition("Poland", null, 1, ownerBefore,
                condition(TerritoryField.COUNTRY, TerritoryOperator.EQ, "PL")), day(0)), day(0));
        UUID small = open(null, profile("PL", null, 50), day(1));
        UUID large = open(null, profile("PL", null, 500), day(1));

        // entered on day 2, in effect from day 10: Poland keeps only companies of 100 people or more
        projection.on(new TerritoryChanged(poland, 2, definition("Poland", null, 1, ownerAfter,
                condition(TerritoryField.COUNTRY, TerritoryOperator.EQ, "PL"),
                condition(TerritoryField.EMPLOYEES, TerritoryOperator.GTE, "100")), day(10)), day(2));

        assertThat(territoryOf(small, day(9))).isEqualTo(poland);
        assertThat(territoryOf(small, day(10))).isNull();
        assertThat(queries.ofAccount(large, day(9)).territoryOwnerId()).isEqualTo(ownerBefore);
        assertThat(queries.ofAccount(large, day(10)).territoryOwnerId()).isEqualTo(ownerAfter);
        assertThat(queries.ofAccount(large, day(11)).version()).isEqualTo(2);
        assertThat(queries.ofAccount(large, day(11)).since()).as("in Poland all along").isEqualTo(day(1));
        assertThat(queries.ofAccount(large, day(11)).versionSince()).isEqualTo(day(10));
        assertThat(queries.tree(day(9)).territories().get(0).rules()).hasSize(1);
        assertThat(queries.tree(day(10)).territories().get(0).rules()).hasSize(2);
    }

    @Test
    void aBackdatedVersionIsEvaluatedAgainstTheAccountsAsTheyWereThen() {
        UUID poland = territory("Poland", null, 1, day(0), condition(TerritoryField.COUNTRY, TerritoryOperator.EQ, "PL"));
        UUID account = open(null, profile("PL", null, 50), day(1));
        projection.on(new AccountProfileUpdated(account, profile("PL", null, 500)), next(account), day(5));

        projection.on(new TerritoryChanged(poland, 2, definition("Poland", null, 1, null,
                condition(TerritoryField.EMPLOYEES, TerritoryOperator.GTE, "100")), day(3)), day(8));

        assertThat(territoryOf(account, day(2))).isEqualTo(poland);
        assertThat(territoryOf(account, day(4))).as("50 people then").isNull();
        assertThat(territoryOf(account, day(6))).isEqualTo(poland);
    }

    @Test
    void aClosedAccountLeavesItsTerritory() {
        UUID poland = territory("Poland", null, 1, day(0), condition(TerritoryField.COUNTRY, TerritoryOperator.EQ, "PL"));
        UUID account = open(null, profile("PL", null, null), day(1));
        projection.on(new AccountClosed(account, "merged"), next(account), day(3));

        assertThat(territoryOf(account, day(2))).isEqualTo(poland);
        assertThat(territoryOf(account, day(3))).isNull();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID account = UUID.randomUUID();
        AccountOpened opened = new AccountOpened(account, profile("PL", null, null), null, null);
        UUID poland = territory("Poland", null, 1, day(0), condition(TerritoryField.COUNTRY, TerritoryOperator.EQ, "PL"));
        projection.on(opened, 0, day(1));
        AccountProfileUpdated toGermany = new AccountProfileUpdated(account, profile("DE", null, null));
        projection.on(toGermany, 1, day(2));
        Map<String, List<Map<String, Object>>> before = tables();

        projection.on(opened, 0, day(1));
        projection.on(toGermany, 1, day(2));
        projection.on(new TerritoryCreated(poland, 1, definition("Poland", null, 1, null), day(0)), day(0));

        assertThat(tables()).isEqualTo(before);
    }

    private Map<String, List<Map<String, Object>>> tables() {
        return List.of("territory_version", "territory_assignment", "territory_account", "territory_account_fact").stream()
                .collect(Collectors.toMap(table -> table, table -> jdbc.queryForList("SELECT * FROM " + table
                        + " ORDER BY 1, 2")));
    }
}
