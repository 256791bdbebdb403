package io.kontor.standalone;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded database file grows with the data, not with the number of commits: with the service's
 * settings ({@code WRITE_DELAY=0}, which stops H2's own housekeeping) and the same writes, the file
 * kept by {@link EmbeddedDatabaseHousekeeping} is much smaller than the file left alone, and the rewrite
 * of a clean stop ({@link EmbeddedFileRewrite}) leaves a file close to the size of the data, with every row.
 */
class EmbeddedDatabaseHousekeepingTest {

    @TempDir
    Path directory;

    @Test
    void compactingWhileWritingKeepsTheFileFarSmallerThanLeavingItAlone() throws Exception {
        long leftAlone = fileSizeAfterWrites(directory.resolve("alone"), false);
        long housekept = fileSizeAfterWrites(directory.resolve("kept"), true);

        assertThat(housekept).as("file with housekeeping vs %d bytes without", leftAlone).isLessThan(leftAlone * 2 / 3);
    }

    @Test
    void aCleanStopRewritesTheFileToTheSizeOfItsData() throws Exception {
        Path data = directory.resolve("closed");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(EmbeddedDatabaseLocation.url(data));
        dataSource.setUser("kontor");
        long open;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE counter (id INT PRIMARY KEY, label VARCHAR(100))");
            try (PreparedStatement update = connection.prepareStatement("MERGE INTO counter KEY (id) VALUES (?, ?)")) {
                for (int commit = 0; commit < 10_000; commit++) {
                    update.setInt(1, commit % 1000);
                    update.setString(2, "commit " + commit + " of a value that changes with every commit");
                    update.executeUpdate();
                }
            }
            open = Files.size(data.resolve("kontor.mv.db"));
        }
        EmbeddedFileRewrite.rewrite(data);
        long closed = Files.size(data.resolve("kontor.mv.db"));

        assertThat(closed).as("rewritten file vs %d bytes while open", open).isLessThan(open / 5).isLessThan(1 << 20);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*), MIN(label) FROM counter")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1000);
            assertThat(rows.getString(2)).startsWith("commit 9");
        }
    }

    /**
     * 100,000 event-like rows with random unique keys, committed in batches of 1,000 as a replay does. With
     * housekeeping, each commit waits for the keeper's next run: the comparison is then about what a run
     * achieves, not about how often a loaded machine lets the keeper's thread in between the commits.
     */
    private static long fileSizeAfterWrites(Path directory, boolean housekeeping) throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.resolve("db") + ";WRITE_DELAY=0;RETENTION_TIME=1000");
        dataSource.setUser("sa");
        EmbeddedDatabaseHousekeeping keeper = new EmbeddedDatabaseHousekeeping(dataSource, new SimpleMeterRegistry(),
                Duration.ofMillis(20));
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE event (position BIGINT AUTO_INCREMENT PRIMARY KEY, id VARCHAR(36) UNIQUE, "
                        + "aggregate VARCHAR(36), sequence BIGINT, payload VARBINARY(2000), UNIQUE (aggregate, sequence))");
            }
            if (housekeeping) {
                keeper.start();
            }
            connection.setAutoCommit(false);
            byte[] payload = new byte[500];
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO event (id, aggregate, sequence, payload) VALUES (?, ?, 0, ?)")) {
                for (int row = 1; row <= 100_000; row++) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.setBytes(3, payload);
                    insert.addBatch();
                    if (row % 1000 == 0) {
                        insert.executeBatch();
                        connection.commit();
                        if (housekeeping) {
                            long after = keeper.runs() + 1;
                            await().atMost(Duration.ofSeconds(30)).until(() -> keeper.runs() > after);
                        }
                    }
                }
            }
            keeper.stop();
            return Files.size(directory.resolve("db.mv.db"));
        }
    }
}
