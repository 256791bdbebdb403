package io.kontor.standalone;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.cache.CacheLongKeyLIRS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.lang.reflect.Field;
import java.sql.SQLException;

/**
 * Lets the embedded H2 database keep the tables of contents of its big chunks in memory.
 *
 * <p>Each chunk of H2's file ends in a table of contents: 8 bytes per page. H2 reads it to find a page's
 * number when it frees a page it has not loaded, which is what a commit does for every page of a big
 * transaction's undo log (H2 wrote that log out while the transaction ran). H2 caches those tables in
 * 1 MB, split in 16 parts, and never caches one over 64 KB: a chunk of more than 8,192 pages (the big commits
 * of a move, an import or a compaction make them) had its table read from the file again for every such page.
 * In a JFR profile of a 10,001-account move, that was 1.6 GB of allocation in the projection's commit.
 * With 16 MB, a table of up to 131,072 pages stays cached; the memory is taken only by tables read.
 */
@Component
class EmbeddedChunkIndexCache {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedChunkIndexCache.class);
    static final long BYTES = 16L << 20;

    EmbeddedChunkIndexCache(DataSource dataSource) throws SQLException {
        EmbeddedStores.of(dataSource).ifPresent(store -> {
            if (widen(store, BYTES)) {
                LOG.info("H2 caches chunk tables of contents in {} MB", BYTES >> 20);
            }
        });
    }

    /** Whether the cache could be widened (only slower if not: EmbeddedChunkIndexCacheTest finds out at the next H2 upgrade). */
    static boolean widen(MVStore store, long bytes) {
        try {
            CacheLongKeyLIRS<?> cache = cacheOf(store);
            cache.setMaxMemory(Math.max(bytes, cache.getMaxMemory()));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("H2's cache of chunk tables of contents left as it is: {}", e.toString());
            return false;
        }
    }

    /** The largest table of contents the cache keeps, in bytes. */
    static long largestCached(MVStore store) throws ReflectiveOperationException {
        return cacheOf(store).getMaxItemSize();
    }

    /** H2 keeps the cache in a private field of its file store. */
    private static CacheLongKeyLIRS<?> cacheOf(MVStore store) throws ReflectiveOperationException {
        Field field = FileStore.class.getDeclaredField("chunksToC");
        field.setAccessible(true);
        return (CacheLongKeyLIRS<?>) field.get(store.getFileStore());
    }
}
