package io.kontor.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
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
 * The rewrite of a stopped service's file ({@link EmbeddedFileRewrite}): what it copies opens, holds every committed
 * row and none of a transaction that never committed, and a file still in use or a rewrite cut short leaves the
 * database as it was.
 */
class EmbeddedFileRewriteTest {

    @TempDir
    Path directory;

    @Test
    void aTransactionLeftOpenAtTheCloseLeavesNothingInTheCopyAndTheCopyOpens() throws Exception {
        String url = EmbeddedDatabaseLocation.url(directory);
        try (Connection committed = DriverManager.getConnection(url, "kontor", "");
             Connection unfinished = DriverManager.getConnection(url, "kontor", "");
             Statement statement = committed.createStatement(); Statement pending = unfinished.createStatement()) {
            statement.execute("CREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(100))");
            for (int id = 0; id < 2_000; id++) {
                statement.execute("INSERT INTO account VALUES (" + id + ", 'Zakład " + id + "')");
            }
            statement.execute("CREATE SCHEMA rm_accounts_2");
            statement.execute("CREATE TABLE rm_accounts_2.account_view (id INT PRIMARY KEY, name VARCHAR(100))");
            unfinished.setAutoCommit(false);
            pending.execute("INSERT INTO rm_accounts_2.account_view SELECT id, name FROM account");
            pending.execute("UPDATE account SET name = 'never committed'");
            // As a cancelled rebuild left it: its transaction's undo log is stored, the close does not end it.
            statement.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException closedUnderneath) {
            // the connections were closed by the shutdown
        }

        EmbeddedFileRewrite.rewrite(directory);

        assertThat(rows(url, "SELECT name FROM account WHERE id IN (0, 1999) ORDER BY id")).containsExactly("Zakład 0", "Zakład 1999");
        assertThat(rows(url, "SELECT COUNT(*) FROM rm_accounts_2.account_view")).containsExactly("0");
    }

    @Test
    void aFileStillInUseIsLeftAsItIs() throws Exception {
        String url = EmbeddedDatabaseLocation.url(directory);
        try (Connection connection = DriverManager.getConnection(url, "kontor", "");
             Statement statement = connection.createStatement()) {
            oneAccount(statement, "Müller GmbH");
            long size = Files.size(directory.resolve("kontor.mv.db"));

            assertThatThrownBy(() -> EmbeddedFileRewrite.rewrite(directory)).hasMessageContaining("locked");
            assertThat(Files.size(directory.resolve("kontor.mv.db"))).isEqualTo(size);
            assertThat(Files.list(directory).map(Path::getFileName).map(Path::toString)).doesNotContain("kontor.mv.db.rewrite");
        }
        assertThat(rows(url, "SELECT name FROM account")).containsExactly("Müller GmbH");
    }

    @Test
    void aCopyLeftByARewriteCutShortIsDiscardedAndTheDatabaseIsWhole() throws Exception {
        String url = EmbeddedDatabaseLocation.url(directory);
        try (Connection connection = DriverManager.getConnection(url, "kontor", "");
             Statement statement = connection.createStatement()) {
            oneAccount(statement, "Grupa Łódź S.A.");
        }
        Files.write(directory.resolve("kontor.mv.db.rewrite"), new byte[4096]);

        assertThat(EmbeddedFileRewrite.discardUnfinished(directory)).isTrue();
        assertThat(EmbeddedFileRewrite.discardUnfinished(directory)).isFalse();
        assertThat(rows(url, "SELECT name FROM account")).containsExactly("Grupa Łódź S.A.");
    }

    @Test
    void aDirectoryWithoutADatabaseGetsNone() {
        assertThatThrownBy(() -> EmbeddedFileRewrite.rewrite(directory)).isInstanceOf(SQLException.class);
        assertThat(directory).isEmptyDirectory();
    }

    private static void oneAccount(Statement statement, String name) throws SQLException {
        statement.execute("CREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(100))");
        statement.execute("INSERT INTO account VALUES (1, '" + name + "')");
    }

    private static List<String> rows(String url, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "kontor", "");
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
