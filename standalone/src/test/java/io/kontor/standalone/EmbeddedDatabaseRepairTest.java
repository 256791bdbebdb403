package io.kontor.standalone;

import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.tx.TransactionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a {@code kill -9} can leave in the H2 file, rebuilt exactly: a store holds a transaction's insert but not
 * its undo log. Without the repair the row is invisible and its key blocked for good; after it, the key is free.
 */
class EmbeddedDatabaseRepairTest {

    private static final String LOST = "1e99a74e-4207-483a-937b-d860785ad81f";

    @TempDir
    Path directory;

    @Test
    void aLeftoverOfATransactionInFlightBlocksItsKeyUntilTheRepairRollsItBack() throws Exception {
        Path crashed = crashImageWithALeftover();
        String url = "jdbc:h2:file:" + crashed.resolve("kontor");
        assertThat(EmbeddedDatabaseRepair.closedCleanly(crashed.resolve("kontor.mv.db"))).isFalse();
        try (Connection connection = DriverManager.getConnection(url, "kontor", "")) {
            assertThat(count(connection, "SELECT COUNT(*) FROM account WHERE id = '" + LOST + "'")).isZero();
            assertThatThrownBy(() -> insert(connection, LOST)).as("the leftover holds the key")
                    .isInstanceOf(SQLException.class);
        }

        EmbeddedDatabaseRepair.Result repaired = EmbeddedDatabaseRepair.repair(url, "kontor", "");

        assertThat(repaired.leftovers()).containsEntry("PUBLIC.ACCOUNT", 1);
        assertThat(repaired.checked()).isGreaterThanOrEqualTo(3);
        assertThat(EmbeddedDatabaseRepair.closedCleanly(crashed.resolve("kontor.mv.db"))).isTrue();
        try (Connection connection = DriverManager.getConnection(url, "kontor", "")) {
            assertThat(count(connection, "SELECT COUNT(name) FROM account")).as("rows read one by one").isEqualTo(2);
            insert(connection, LOST);
            assertThat(count(connection, "SELECT COUNT(*) FROM account WHERE id = '" + LOST + "'")).isOne();
        }
    }

    @Test
    void aCleanlyClosedDatabaseNeedsNoRepairAndAFreshOneNeitherHasAFileNorNeedsIt() throws Exception {
        Path clean = directory.resolve("clean");
        try (Connection connection = DriverManager.getConnection(EmbeddedDatabaseLocation.url(clean), "kontor", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE account (id UUID PRIMARY KEY, name VARCHAR(100))");
        }
        assertThat(EmbeddedDatabaseRepair.closedCleanly(clean.resolve("kontor.mv.db"))).isTrue();
        assertThat(EmbeddedDatabaseRepair.closedCleanly(directory.resolve("none").resolve("kontor.mv.db"))).isTrue();
    }

    /**
     * One committed account, an insert left uncommitted, then the state a crash leaves when H2 stored the insert
     * but not the undo record written just before it: the undo log emptied, the store written, the database shut
     * down without closing it cleanly ({@code SHUTDOWN IMMEDIATELY}, as {@code kill -9}).
     */
    private Path crashImageWithALeftover() throws Exception {
        Path crashed = directory.resolve("crashed");
        String url = "jdbc:h2:file:" + crashed.resolve("kontor") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        try (Connection writer = DriverManager.getConnection(url, "kontor", "");
             Connection inFlight = DriverManager.getConnection(url, "kontor", "")) {
            try (Statement statement = writer.createStatement()) {
                statement.execute("CREATE TABLE account (id UUID PRIMARY KEY, name VARCHAR(100))");
            }
            insert(writer, "0b6f2e8e-8a55-4c39-9a3c-7f4f1f0d9a11");
            insert(writer, "5d0c3f57-3c6e-4a8e-b4a2-2f1b8e3c7d22");
            // Readers with open transactions, so the one in flight gets an id the first sessions after the restart do
            // not (a session whose transaction has the leftover's id would see the row as its own).
            List<Connection> readers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Connection reader = DriverManager.getConnection(url, "kontor", "");
                reader.setAutoCommit(false);
                count(reader, "SELECT COUNT(*) FROM account");
                readers.add(reader);
            }
            inFlight.setAutoCommit(false);
            insert(inFlight, LOST);
            Database database = ((SessionLocal) inFlight.unwrap(JdbcConnection.class).getSession()).getDatabase();
            int transaction = ((SessionLocal) inFlight.unwrap(JdbcConnection.class).getSession()).getTransaction().getId();
            undoLog(database.getStore().getTransactionStore(), transaction).clear();
            database.getStore().getMvStore().commit();
            try (Statement statement = writer.createStatement()) {
                statement.execute("SHUTDOWN IMMEDIATELY");
            }
            readers.forEach(reader -> {
                try {
                    reader.close();
                } catch (SQLException e) {
                    // closed by the shutdown already
                }
            });
        } catch (SQLException e) {
            // the connections were closed by the shutdown
        }
        return crashed;
    }

    /** The undo log of one transaction: H2 keeps it private, and this test has to lose it as a crash would. */
    private static MVMap<?, ?> undoLog(TransactionStore transactions, int transaction) throws ReflectiveOperationException {
        Field undoLogs = TransactionStore.class.getDeclaredField("undoLogs");
        undoLogs.setAccessible(true);
        return ((MVMap<?, ?>[]) undoLogs.get(transactions))[transaction];
    }

    private static void insert(Connection connection, String id) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO account VALUES ('" + id + "', 'Account " + id + "')");
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
