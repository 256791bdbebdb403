package io.kontor.query.account;

import io.kontor.api.account.AccountClosed;
import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountOwnerAssigned;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.AccountProfileUpdated;
import io.kontor.api.account.HierarchyNode;
import io.kontor.query.readmodel.ReadModelDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Events in, read model out: the projection on a real database, without Spring. */
class AccountProjectionTest {

    private final Map<UUID, Long> sequences = new HashMap<>();
    private JdbcTemplate jdbc;
    private AccountProjection projection;
    private HierarchyReader reader;

    @BeforeEach
    void setUp() {
        jdbc = ReadModelDatabases.h2("accounts");
        projection = new AccountProjection(new AccountHierarchyStore(jdbc, new MoneyRollupStore(jdbc)));
        reader = new HierarchyReader(jdbc);
    }

    private UUID open(String name, UUID parent) {
        UUID id = UUID.randomUUID();
        projection.on(new AccountOpened(id, profile(name), parent, null), next(id), Instant.now());
        return id;
    }

    private void move(UUID id, UUID from, UUID to) {
        projection.on(new AccountMovedInHierarchy(id, from, to), next(id));
    }

    private long next(UUID id) {
        return sequences.merge(id, 0L, (old, ignored) -> old + 1);
    }

    private static AccountProfile profile(String name) {
        return new AccountProfile(name, AccountKind.COMPANY, null, null, null, null, null);
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.queryForMap("SELECT * FROM account_view v JOIN account_tree t ON t.account_id = v.id "
                + "JOIN account_rollup r ON r.account_id = v.id WHERE v.id = ?", id);
    }

    private long rollupAccounts(UUID id) {
        return ((Number) row(id).get("ROLLUP_ACCOUNTS")).longValue();
    }

    private UUID headquartersOf(UUID id) {
        return (UUID) row(id).get("HEADQUARTERS_ID");
    }

    private String path(UUID... ids) {
        StringBuilder path = new StringBuilder();
        for (UUID id : ids) {
            path.append(id).append('/');
        }
        return path.toString();
    }

    @Test
    void placesBranchesUnderTheirHeadquartersAndCountsThemUpTheTree() {
        UUID group = open("Group", null);
        UUID company = open("Company", group);
        UUID plant = open("Plant", company);

        assertThat(row(plant).get("PATH")).isEqualTo(path(group, company, plant));
        assertThat(row(plant).get("DEPTH")).isEqualTo(2);
        assertThat(headquartersOf(plant)).isEqualTo(group);
        assertThat(List.of(rollupAccounts(group), rollupAccounts(company), rollupAccounts(plant))).containsExactly(3L, 2L, 1L);
    }

    @Test
    void movingASubtreeToAnotherHeadquartersRewritesEveryDescendantAndBothRollups() {
        UUID oldGroup = open("Old group", null);
        UUID holding = open("Holding", oldGroup);
        UUID company = open("Company", holding);
        UUID plant = open("Plant", company);
        UUID building = open("Building", plant);
        UUID newGroup = open("New group", null);
        UUID newDivision = open("New division", newGroup);

        move(company, holding, newDivision);

        assertThat(row(building).get("PATH")).isEqualTo(path(newGroup, newDivision, company, plant, building));
        assertThat(row(building).get("DEPTH")).isEqualTo(4);
        assertThat(List.of(headquartersOf(company), headquartersOf(plant), headquartersOf(building)))
                .containsOnly(newGroup);
        assertThat(rollupAccounts(oldGroup)).isEqualTo(2);
        assertThat(rollupAccounts(holding)).isEqualTo(1);
        assertThat(rollupAccounts(newGroup)).isEqualTo(5);
        assertThat(rollupAccounts(newDivision)).isEqualTo(4);
        assertThat(rollupAccounts(company)).isEqualTo(3);
        assertThat(row(company).get("PARENT_ID")).isEqualTo(newDivision);
    }

    @Test
    void movingASubtreeToTheTopMakesItsRootTheHeadquarters() {
        UUID group = open("Group", null);
        UUID company = open("Company", group);
        UUID plant = open("Plant", company);

        move(company, group, null);

        assertThat(row(company).get("PARENT_ID")).isNull();
        assertThat(row(plant).get("PATH")).isEqualTo(path(company, plant));
        assertThat(headquartersOf(plant)).isEqualTo(company);
        assertThat(row(plant).get("DEPTH")).isEqualTo(1);
        assertThat(rollupAccounts(group)).isEqualTo(1);
        assertThat(rollupAccounts(company)).isEqualTo(2);
    }

    @Test
    void closingAnAccountTakesItOutOfTheOpenCounts() {
        UUID group = open("Group", null);
        UUID company = open("Company", group);
        UUID plant = open("Plant", company);

        projection.on(new AccountClosed(plant, "sold"), next(plant), Instant.parse("2026-03-31T23:59:59Z"));

        assertThat(row(plant).get("STATUS")).isEqualTo("CLOSED");
        assertThat(row(plant).get("CLOSE_REASON")).isEqualTo("sold");
        assertThat(List.of(rollupAccounts(group), rollupAccounts(company), rollupAccounts(plant))).containsExactly(2L, 1L, 0L);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID group = open("Group", null);
        UUID company = open("Company", group);
        AccountOpened opened = new AccountOpened(company, profile("Company"), group, null);

        projection.on(opened, 0, Instant.now());
        move(company, group, null);
        projection.on(new AccountMovedInHierarchy(company, group, null), 1);

        assertThat(rollupAccounts(group)).isEqualTo(1);
        assertThat(rollupAccounts(company)).isEqualTo(1);
        assertThat(row(company).get("VERSION")).isEqualTo(1L);
    }

    @Test
    void keepsProfileAndOwnerCurrentAndSearchesNamesWithoutAccents() {
        UUID plant = open("Zakład", null);
        UUID owner = UUID.randomUUID();
        projection.on(new AccountProfileUpdated(plant, new AccountProfile("Zakład Łódź", AccountKind.LOCATION, "Logistics",
                "PL", "PL-10", "lodz.example.pl", "D-1")), next(plant));
        projection.on(new AccountOwnerAssigned(plant, owner, null), next(plant));

        Map<String, Object> row = row(plant);
        assertThat(row).containsEntry("NAME", "Zakład Łódź").containsEntry("SEARCH_NAME", "zaklad lodz")
                .containsEntry("REGION", "PL-10").containsEntry("OWNER_ID", owner).containsEntry("VERSION", 2L);
    }

    @Test
    void readsTheSubtreeWithOwnAndRolledUpFiguresSortedByName() {
        UUID group = open("Group", null);
        UUID zeta = open("Zeta", group);
        UUID alpha = open("Alpha", group);
        open("Alpha plant", alpha);

        HierarchyNode tree = reader.subtree(group, null).orElseThrow();

        assertThat(tree.rollup().accounts()).isEqualTo(4);
        assertThat(tree.own().accounts()).isEqualTo(1);
        assertThat(tree.children()).extracting(HierarchyNode::id).containsExactly(alpha, zeta);
        assertThat(tree.children().get(0).children()).singleElement()
                .satisfies(plant -> assertThat(plant.name()).isEqualTo("Alpha plant"));
        assertThat(reader.subtree(group, 1).orElseThrow().children().get(0).children()).isEmpty();
        assertThat(reader.subtree(UUID.randomUUID(), null)).isEmpty();
    }
}
