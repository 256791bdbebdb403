package io.kontor.platform.visibility;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A scope over the territories read model's tables (as TERRITORY-CONTRACT.md fixes them), on a real H2. */
class ScopeTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private final JdbcTemplate jdbc = new JdbcTemplate(database());
    private final TerritorySql sql = new TerritorySql(jdbc);
    private final UUID poland = UUID.randomUUID();
    private final UUID north = UUID.randomUUID();
    private final UUID gdansk = UUID.randomUUID();
    private final UUID dach = UUID.randomUUID();

    ScopeTest() {
        jdbc.execute("""
                CREATE TABLE territory_version (
                  territory_id UUID NOT NULL, version INT NOT NULL, name VARCHAR(200) NOT NULL, parent_id UUID,
                  valid_from TIMESTAMP(6) WITH TIME ZONE NOT NULL, valid_to TIMESTAMP(6) WITH TIME ZONE,
                  PRIMARY KEY (territory_id, version))""");
        jdbc.execute("""
                CREATE TABLE territory_assignment (
                  account_id UUID NOT NULL, territory_id UUID NOT NULL,
                  valid_from TIMESTAMP(6) WITH TIME ZONE NOT NULL, valid_to TIMESTAMP(6) WITH TIME ZONE,
                  PRIMARY KEY (account_id, valid_from))""");
        version(poland, 1, "Poland", null, "2026-01-01T00:00:00Z", null);
        version(north, 1, "Baltic", poland, "2026-01-01T00:00:00Z", "2026-06-01T00:00:00Z");
        version(north, 2, "Poland North", poland, "2026-06-01T00:00:00Z", null);
        version(gdansk, 1, "Gdańsk", north, "2026-01-01T00:00:00Z", null);
        version(dach, 1, "DACH", null, "2026-01-01T00:00:00Z", null);
    }

    @Test
    void aScopeReachesTheNamedTerritoriesAndEverythingBelowThemAsTheyAreNamedNow() {
        assertThat(sql.territoriesWithDescendants(List.of("Poland North"), NOW)).containsExactlyInAnyOrder(north, gdansk);
        assertThat(sql.territoriesWithDescendants(List.of(" poland north"), NOW)).as("case aside").containsExactlyInAnyOrder(north, gdansk);
        assertThat(sql.territoriesWithDescendants(List.of("Poland"), NOW)).containsExactlyInAnyOrder(poland, north, gdansk);
        assertThat(sql.territoriesWithDescendants(List.of("Baltic"), NOW)).as("an old name reaches nothing").isEmpty();
        assertThat(sql.territoriesWithDescendants(List.of("Baltic"), Instant.parse("2026-03-01T00:00:00Z")))
                .containsExactlyInAnyOrder(north, gdansk);
    }

    @Test
    void anAccountIsVisibleWhileItsCurrentAssignmentIsInTheScope() {
        UUID inGdansk = UUID.randomUUID();
        UUID movedToDach = UUID.randomUUID();
        UUID comingLater = UUID.randomUUID();
        UUID unassigned = UUID.randomUUID();
        assign(inGdansk, gdansk, "2026-02-01T00:00:00Z", null);
        assign(movedToDach, north, "2026-02-01T00:00:00Z", "2026-11-01T00:00:00Z");
        assign(movedToDach, dach, "2026-11-01T00:00:00Z", null);
        assign(comingLater, north, "2027-01-01T00:00:00Z", null);
        Scope north = scope("Poland North");
        assertThat(north.restricted()).isTrue();
        assertThat(north.visibleAmong(List.of(inGdansk, movedToDach, comingLater, unassigned))).containsExactly(inGdansk);
        assertThat(north.sees(inGdansk)).isTrue();
        assertThat(north.sees(movedToDach)).isFalse();
        assertThat(scope("DACH").sees(movedToDach)).isTrue();
        SqlCondition condition = north.accounts("id");
        List<UUID> listed = jdbc.queryForList("SELECT id FROM (VALUES (CAST(? AS UUID)), (CAST(? AS UUID))) AS t(id) WHERE "
                + condition.sql(), UUID.class, concat(List.of(inGdansk, movedToDach), condition.arguments()));
        assertThat(listed).containsExactly(inGdansk);
    }

    @Test
    void aScopeNamingNoTerritorySeesNothingAndAnUnrestrictedOneSeesEverything() {
        UUID account = UUID.randomUUID();
        assign(account, poland, "2026-02-01T00:00:00Z", null);
        assertThat(scope("Nowhere").sees(account)).isFalse();
        assertThat(Scope.EVERYTHING.restricted()).isFalse();
        assertThat(Scope.EVERYTHING.visibleAmong(List.of(account))).containsExactly(account);
    }

    @Test
    void manyAccountsAreAskedAboutInStatementsOfBoundedSize() {
        List<UUID> accounts = IntStream.range(0, 1_200).mapToObj(i -> UUID.randomUUID()).toList();
        accounts.stream().filter(id -> accounts.indexOf(id) % 3 == 0).forEach(id -> assign(id, gdansk, "2026-02-01T00:00:00Z", null));
        assertThat(scope("Poland").visibleAmong(accounts)).hasSize(400);
    }

    @Test
    void visibleAccountsAreLookedUpByTheAssignmentsKeyNotByAScanOfTheTerritories() {
        String plan = jdbc.queryForObject("EXPLAIN " + TerritorySql.assignedAmongSql(3, 2), String.class,
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), poland, north, NOW.atOffset(ZoneOffset.UTC),
                NOW.atOffset(ZoneOffset.UTC));
        assertThat(plan).containsIgnoringCase("PRIMARY_KEY").containsIgnoringCase("ACCOUNT_ID IN(");
    }

    /** A bare in-memory H2: the territory tables are the read model's, not Flyway's. */
    private static JdbcDataSource database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    private Scope scope(String name) {
        return new Scope(sql.territoriesWithDescendants(List.of(name), NOW), NOW, sql);
    }

    private void version(UUID id, int version, String name, UUID parent, String from, String to) {
        jdbc.update("INSERT INTO territory_version VALUES (?, ?, ?, ?, ?, ?)", id, version, name, parent,
                Instant.parse(from).atOffset(ZoneOffset.UTC), to == null ? null : Instant.parse(to).atOffset(ZoneOffset.UTC));
    }

    private void assign(UUID account, UUID territory, String from, String to) {
        jdbc.update("INSERT INTO territory_assignment VALUES (?, ?, ?, ?)", account, territory,
                Instant.parse(from).atOffset(ZoneOffset.UTC), to == null ? null : Instant.parse(to).atOffset(ZoneOffset.UTC));
    }

    private static Object[] concat(List<UUID> first, List<Object> then) {
        return java.util.stream.Stream.concat(first.stream(), then.stream()).toArray();
    }
}
