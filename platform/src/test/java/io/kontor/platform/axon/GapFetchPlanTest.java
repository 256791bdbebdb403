package io.kontor.platform.axon;

import io.kontor.platform.testing.TestDatabases;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projections' fetch with gaps in their token costs the same whatever the size of the history:
 * with a million stored events it reads through the primary key (its plan has an index condition for
 * both parts) and answers within 5 ms, and it returns exactly the rows Axon's own statement returns.
 */
class GapFetchPlanTest {

    private static final int HISTORY = 1_000_000;
    private static final long TOKEN_INDEX = HISTORY - 10;
    private static final List<Long> GAPS = List.of(HISTORY - 1_000L, HISTORY - 500L, HISTORY - 20L);
    private static final EventSchema SCHEMA = new AxonInfrastructureConfiguration().eventSchema();

    private static DataSource h2;

    @BeforeAll
    static void aMillionStoredEvents() {
        h2 = TestDatabases.h2();
        new JdbcTemplate(h2).update("""
                INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT X, 'event-' || X, 'aggregate-' || X, 0, 'Account', '2026-12-01T00:00:00Z', 'Opened', NULL, X'7B7D', X'7B7D'
                FROM SYSTEM_RANGE(1, ?)""", HISTORY);
    }

    @Test
    void bothPartsOfTheGapFetchReadThroughThePrimaryKeyOnH2() throws SQLException {
        String plan = explain(h2);

        // H2 names the index it reads in a comment, followed by the conditions it looks up; a scan has none.
        assertThat(plan).doesNotContainIgnoringCase("tableScan");
        assertThat(plan).containsPattern("/\\* PUBLIC\\.\\w+: GLOBAL_INDEX > \\?1\\s+AND GLOBAL_INDEX <= \\?2")
                .containsPattern("/\\* PUBLIC\\.\\w+: GLOBAL_INDEX IN\\(\\?3, \\?4, \\?5\\) \\*/");
    }

    @Test
    void bothPartsOfTheGapFetchReadThroughThePrimaryKeyOnPostgresql() throws SQLException {
        DataSource postgres = TestDatabases.postgres();
        JdbcTemplate jdbc = new JdbcTemplate(postgres);
        jdbc.update("""
                INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT x, 'event-' || x, 'aggregate-' || x, 0, 'Account', '2026-12-01T00:00:00Z', 'Opened', NULL, '\\x7b7d', '\\x7b7d'
                FROM generate_series(1, ?) AS x""", HISTORY);
        jdbc.execute("ANALYZE domain_event_entry");

        String plan = explain(postgres);

        assertThat(plan).doesNotContain("Seq Scan");
        assertThat(plan).containsPattern("Index Cond: \\(\\(global_index > '?\\d+'?(::bigint)?\\) AND \\(global_index <= ")
                .containsPattern("Index Cond: \\(global_index = ANY");
    }

    @Test
    void aGapFetchOverAMillionEventsAnswersWithinFiveMilliseconds() throws SQLException {
        try (Connection connection = h2.getConnection()) {
            for (int warmUp = 0; warmUp < 50; warmUp++) {
                positions(connection, true);
            }
            long[] nanos = new long[101];
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                positions(connection, true);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            double medianMillis = nanos[nanos.length / 2] / 1e6;
            System.out.printf("gap fetch over %,d events: median %.3f ms%n", HISTORY, medianMillis);
            assertThat(medianMillis).isLessThan(5.0);
        }
    }

    @Test
    void theGapFetchReturnsTheSameEventsAsAxonsOwnStatement() throws SQLException {
        try (Connection connection = h2.getConnection()) {
            assertThat(positions(connection, true)).isEqualTo(positions(connection, false))
                    .startsWith(GAPS.toArray(Long[]::new)).hasSize(GAPS.size() + 10);
        }
    }

    private static List<Long> positions(Connection connection, boolean kontors) throws SQLException {
        try (PreparedStatement statement = kontors
                ? IndexRangeEventReads.withGaps(connection, SCHEMA, TOKEN_INDEX, 1000, GAPS)
                : JdbcEventStorageEngineStatements.readEventDataWithGaps(connection, SCHEMA, TOKEN_INDEX, 1000, GAPS);
             ResultSet rows = statement.executeQuery()) {
            List<Long> positions = new ArrayList<>();
            while (rows.next()) {
                positions.add(rows.getLong("global_index"));
            }
            return positions;
        }
    }

    static String explain(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement explain = connection.prepareStatement("EXPLAIN " + IndexRangeEventReads.sql(SCHEMA, GAPS.size()));
             ResultSet plan = bind(explain).executeQuery()) {
            StringBuilder text = new StringBuilder();
            while (plan.next()) {
                text.append(plan.getString(1)).append('\n');
            }
            return text.toString();
        }
    }

    private static PreparedStatement bind(PreparedStatement explain) throws SQLException {
        explain.setLong(1, TOKEN_INDEX);
        explain.setLong(2, TOKEN_INDEX + 1000);
        for (int i = 0; i < GAPS.size(); i++) {
            explain.setLong(i + 3, GAPS.get(i));
        }
        return explain;
    }
}
