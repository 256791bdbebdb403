package io.kontor.standalone;

import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A transaction of the size of a projection batch on the embedded database: H2 left to itself writes its
 * pages out while it runs, with the widened threshold it writes them once, at the commit.
 */
class EmbeddedStoreBufferTest {

    @TempDir
    Path directory;

    @Test
    void aLargeTransactionIsWrittenToTheFileOnlyWhenItCommits() throws Exception {
        assertThat(storesWhileWriting(directory.resolve("widened"), true)).isZero();
    }

    @Test
    void h2LeftToItselfWritesTheSameTransactionOutWhileItRuns() throws Exception {
        assertThat(storesWhileWriting(directory.resolve("default"), false)).isPositive();
    }

    @Test
    void theThresholdIsASixthOfTheHeapAtMostAQuarterGigabyte() {
        assertThat(EmbeddedStoreBuffer.sizeFor(512L << 20)).isEqualTo((int) ((512L << 20) / 6));
        assertThat(EmbeddedStoreBuffer.sizeFor(8L << 30)).isEqualTo(EmbeddedStoreBuffer.CEILING);
    }

    @Test
    void aThresholdBelowH2sOwnLeavesH2sOwn() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(EmbeddedDatabaseLocation.url(directory.resolve("small")));
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = EmbeddedStores.of(dataSource).orElseThrow();
            int own = store.getAutoCommitMemory();
            assertThat(EmbeddedStoreBuffer.widen(store, 1 << 20)).isTrue();
            assertThat(store.getAutoCommitMemory()).isEqualTo(own);
        }
    }

    /** How many times the store was written while one transaction changed some 20 MB and more of pages, before its commit. */
    private static long storesWhileWriting(Path data, boolean widened) throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(EmbeddedDatabaseLocation.url(data));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            MVStore store = EmbeddedStores.of(dataSource).orElseThrow();
            if (widened) {
                assertThat(EmbeddedStoreBuffer.widen(store, 256 << 20)).isTrue();
            }
            statement.execute("CREATE TABLE fact (id UUID PRIMARY KEY, owner UUID, label VARCHAR(200))");
            statement.execute("CREATE INDEX ix_fact_owner ON fact (owner)");
            statement.execute("CREATE INDEX ix_fact_label ON fact (label)");
            connection.setAutoCommit(false);
            long before = store.getCurrentVersion();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO fact VALUES (?, ?, ?)")) {
                for (int row = 0; row < 30_000; row++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, UUID.randomUUID());
                    insert.setString(3, "a label of some length that lands on a random page " + UUID.randomUUID());
                    insert.addBatch();
                    if (row % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
            }
            long stores = store.getCurrentVersion() - before;
            connection.commit();
            assertThat(store.getCurrentVersion()).as("the commit writes the store").isGreaterThan(before + stores);
            return stores;
        }
    }
}
