package io.kontor.standalone;

import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A projection batch that fails for a reason of the moment is retried, not dead-lettered: while a reader holds a
 * lock on an account's row, the projections cannot apply its rename. On H2 their lock wait times out (10 s) and
 * the batch is rolled back and tried again; on PostgreSQL they wait. Either way the rename arrives once the lock is
 * released, and no event goes to the dead-letter queue.
 */
class ProjectionRetryEndToEndTest extends StandaloneTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aBatchThatWaitedTooLongForARowLockIsRetriedAndItsEventsAreNotLost() throws SQLException {
        Http.Response opened = openAccount(Map.of("name", "Sperre Holding GmbH"));
        assertThat(readAfter(opened, "/api/accounts/" + opened.id()).status()).isEqualTo(200);
        long deadLettersBefore = deadLetters();

        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("UPDATE account_view SET name = name WHERE id = ?")) {
                lock.setObject(1, UUID.fromString(opened.id()));
                assertThat(lock.executeUpdate()).isOne();
            }
            Http.Response renamed = service().patch("/api/accounts/" + opened.id(), Map.of("name", "Sperre Holding AG"));
            assertThat(renamed.status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(60)).until(() -> blockedBy(holder));
            if (!onPostgres()) {
                // H2 gives up the wait after LOCK_TIMEOUT: the batch fails with a lock timeout while the row is held.
                await().atMost(Duration.ofSeconds(60)).until(() -> !blockedBy(holder));
            }
            holder.rollback();
        }

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                analyst().get("/api/accounts/" + opened.id()).json().path("name").asText()).isEqualTo("Sperre Holding AG"));
        assertThat(deadLetters()).as("events dead-lettered by the lock wait").isEqualTo(deadLettersBefore);
    }

    private long deadLetters() {
        return new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM dead_letter_entry", Long.class);
    }

    /** Whether another session waits for a lock that {@code holder}'s transaction holds. */
    private boolean blockedBy(Connection holder) throws SQLException {
        String sql = onPostgres()
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID = SESSION_ID()";
        try (PreparedStatement statement = holder.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }
}
