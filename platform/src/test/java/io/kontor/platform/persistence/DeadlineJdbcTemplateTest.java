package io.kontor.platform.persistence;

import io.kontor.platform.testing.TestDatabases;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Statements in a transaction with a timeout: on H2 they keep every connection's parsed statements (Spring's
 * own template makes H2 throw them all away at each statement), and the deadline holds on both databases.
 */
class DeadlineJdbcTemplateTest {

    /** One connection throughout: H2 also counts the settings of a connection being opened as schema changes. */
    private final SingleConnectionDataSource h2 = new SingleConnectionDataSource("jdbc:h2:mem:" + UUID.randomUUID(), true);

    @Test
    void aStatementInATimedTransactionLeavesH2sParsedStatementsCached() throws SQLException {
        long before = schemaVersion();
        inTransactionWithTimeout(h2, 10, jdbc -> jdbc.queryForObject("SELECT 1", Integer.class), new DeadlineJdbcTemplate(h2));
        assertThat(schemaVersion()).isEqualTo(before);
    }

    @Test
    void springsOwnTemplateMakesH2ForgetThemWhichIsWhyThisOneExists() throws SQLException {
        long before = schemaVersion();
        inTransactionWithTimeout(h2, 10, jdbc -> jdbc.queryForObject("SELECT 1", Integer.class), new JdbcTemplate(h2));
        assertThat(schemaVersion()).isGreaterThan(before);
    }

    @Test
    void onH2AStatementAfterTheDeadlineFailsAndRollsTheTransactionBack() {
        JdbcTemplate setup = new JdbcTemplate(h2);
        setup.execute("CREATE TABLE note (id INT PRIMARY KEY)");
        assertThatThrownBy(() -> inTransactionWithTimeout(h2, 1, jdbc -> {
            jdbc.update("INSERT INTO note VALUES (1)");
            ConnectionHolder holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(h2);
            await().atMost(Duration.ofSeconds(5)).until(() -> holder.getDeadline().before(new Date()));
            return jdbc.update("INSERT INTO note VALUES (2)");
        }, new DeadlineJdbcTemplate(h2))).isInstanceOf(TransactionTimedOutException.class);
        assertThat(setup.queryForObject("SELECT COUNT(*) FROM note", Integer.class)).isZero();
    }

    @Test
    void onPostgresqlTheServerStillCancelsAStatementRunningPastTheDeadline() {
        DataSource postgres = TestDatabases.emptyPostgres();
        assertThatThrownBy(() -> inTransactionWithTimeout(postgres, 1,
                jdbc -> jdbc.queryForObject("SELECT pg_sleep(10) IS NULL", Boolean.class), new DeadlineJdbcTemplate(postgres)))
                .isInstanceOf(DataAccessException.class)
                .rootCause().isInstanceOfSatisfying(SQLException.class,
                        cancelled -> assertThat(cancelled.getSQLState()).as("statement cancelled").isEqualTo("57014"));
    }

    private static <T> T inTransactionWithTimeout(DataSource dataSource, int seconds,
                                                  java.util.function.Function<JdbcTemplate, T> work, JdbcTemplate jdbc) {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        transaction.setTimeout(seconds);
        return transaction.execute(status -> work.apply(jdbc));
    }

    /** H2's count of schema changes: each one empties the statement cache of every connection. */
    private long schemaVersion() throws SQLException {
        Connection connection = h2.getConnection();
        return ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getModificationMetaId();
    }
}
