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
 * A transaction bigger than the store buffer on the embedded database: H2 writes its undo log out while it
 * runs, into chunks of more than 8,192 pages, and frees every page of that log at the commit. With H2's own
 * cache of chunk tables of contents it reads such a chunk's table again for each page; with the widened one, once.
 */
class EmbeddedChunkIndexCacheTest {

    @TempDir
    Path directory;

    @Test
    void theCommitOfATransactionWrittenOutWhileItRanReadsTheFileAFractionAsMuch() throws Exception {
        long widened = bytesReadByTheCommit(directory.resolve("widened"), true);
        long own = bytesReadByTheCommit(directory.resolve("default"), false);
        assertThat(widened).as("bytes read by the commit with the widened cache, against H2's own %,d", own)
                .isLessThan(own / 4);
    }

    @Test
    void theCacheKeepsTablesOfContentsOfAtLeast131072Pages() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(EmbeddedDatabaseLocation.url(directory.resolve("size")));
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = EmbeddedStores.of(dataSource).orElseThrow();
            assertThat(EmbeddedChunkIndexCache.largestCached(store)).as("H2's own").isLessThan(131_072 * 8);
            assertThat(EmbeddedChunkIndexCache.widen(store, EmbeddedChunkIndexCache.BYTES)).isTrue();
            assertThat(EmbeddedChunkIndexCache.largestCached(store)).isGreaterThanOrEqualTo(131_072 * 8);
        }
    }

    /** Bytes H2 read from the file while committing one transaction of 120,000 rows with a 40 MB store buffer. */
    private static long bytesReadByTheCommit(Path data, boolean widened) throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(EmbeddedDatabaseLocation.url(data));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            MVStore store = EmbeddedStores.of(dataSource).orElseThrow();
            assertThat(EmbeddedStoreBuffer.widen(store, 40 << 20)).isTrue();
            if (widened) {
                assertThat(EmbeddedChunkIndexCache.widen(store, EmbeddedChunkIndexCache.BYTES)).isTrue();
            }
            statement.execute("CREATE TABLE fact (id UUID PRIMARY KEY, owner UUID, label VARCHAR(200))");
            statement.execute("CREATE INDEX ix_fact_owner ON fact (owner)");
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO fact VALUES (?, ?, ?)")) {
                for (int row = 0; row < 120_000; row++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, UUID.randomUUID());
                    insert.setString(3, "label " + row);
                    insert.addBatch();
                    if (row % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
            }
            long stores = store.getCurrentVersion();
            assertThat(stores).as("H2 wrote the transaction out while it ran").isGreaterThan(2);
            long before = store.getFileStore().getReadBytes();
            connection.commit();
            return store.getFileStore().getReadBytes() - before;
        }
    }
}
