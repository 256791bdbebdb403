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
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Territories by country and by headquarters' country, and trees of accounts under them, on a real H2 without
 * Spring: what the territory projection's tests build their cases from. Chunks of {@link #CHUNK} accounts.
 */
abstract class TerritoryTreeFixture {


    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final int CHUNK = 64;

    JdbcTemplate jdbc;
    TerritoryProjection projection;
    TerritoryQueries queries;
    private final Map<UUID, Long> sequences = new HashMap<>();
    UUID czech;
    UUID polishGroups;
    UUID germanGroups;

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

    static Instant day(int day) {
        return T0.plusSeconds(86_400L * day);
    }

    long next(UUID id) {
        return sequences.merge(id, 1L, Long::sum) - 1;
    }

    private UUID territory(String name, int priority, TerritoryField field, String value) {
        UUID id = UUID.randomUUID();
        projection.on(new TerritoryCreated(id, 1, new TerritoryDefinition(name, null, priority, new TerritoryRules(
                TerritoryMatch.ALL, List.of(new TerritoryCondition(field, TerritoryOperator.EQ, List.of(value)))), null, List.of()),
                day(0)), day(0));
        return id;
    }

    static AccountProfile profile(String country) {
        return new AccountProfile("Firma", AccountKind.COMPANY, "Steel", country, null, null, null, null);
    }

    UUID open(UUID parentId, String country) {
        UUID id = UUID.randomUUID();
        projection.on(new AccountOpened(id, profile(country), parentId, null), next(id), day(1));
        return id;
    }

    /** A tree under {@code root}, {@code widths[0]} children each with {@code widths[1]} children and so on; root not included. */
    List<UUID> tree(UUID root, String country, int... widths) {
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

    void move(UUID accountId, UUID from, UUID to, Instant at) {
        projection.on(new AccountMovedInHierarchy(accountId, from, to), next(accountId), at);
    }

    UUID territoryOf(UUID accountId, Instant asOf) {
        return queries.ofAccount(accountId, asOf).territoryId();
    }

    int assignmentPeriods(UUID accountId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM territory_assignment WHERE account_id = ?", Integer.class, accountId);
    }

    Map<String, List<Map<String, Object>>> tables(String... tables) {
        Map<String, List<Map<String, Object>>> rows = new HashMap<>();
        for (String table : tables) {
            rows.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY 1, 2"));
        }
        return rows;
    }
}
