package io.kontor.standalone;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.lang.reflect.Field;
import java.sql.SQLException;

/**
 * Lets the embedded H2 database hold a transaction's changes in memory until its commit instead of writing
 * them out while it runs.
 *
 * <p>H2 writes every changed page to the file as soon as the changed pages add up to 19 MB (less in a heap
 * under 300 MB), committed or not, and has no setting for that threshold. A batch of the projections changes pages of some thirty
 * indexes per event, so a batch of 500 events crossed it several times: its pages were written in the
 * middle of the batch, changed again and written again at the commit (and the commit, which marks every
 * change as committed, crossed it once more). In a JFR profile of the live projections catching up on
 * 50,000 events, half of the projection thread's CPU was those writes. With the threshold at a sixth of the
 * heap, the same catch-up ran at 862 events/s instead of 494-504 (1.97 ms of the machine's CPU per event
 * instead of 3.2-3.6 ms) and a replay at 4,163 events/s instead of 2,932, with the file as large as before.
 *
 * <p>The pages are in memory either way until they are written; what changes is how much H2 lets pile up
 * before it must write (and, at four thirds of the threshold, before it makes writers wait). Committed data
 * is written at every commit as before ({@code WRITE_DELAY=0}), so nothing acknowledged waits for this.
 * H2 keeps the threshold in a final field read on every write; it is set once, before the first event is handled.
 */
@Component
class EmbeddedStoreBuffer {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStoreBuffer.class);
    /** H2 compares four times the threshold in an int: the ceiling keeps that far from overflowing. */
    static final int CEILING = 256 << 20;

    EmbeddedStoreBuffer(DataSource dataSource) throws SQLException {
        EmbeddedStores.of(dataSource).ifPresent(store -> {
            int bytes = sizeFor(Runtime.getRuntime().maxMemory());
            if (widen(store, bytes)) {
                LOG.info("H2 writes uncommitted pages once they reach {} MB", bytes >> 20);
            }
        });
    }

    /** A sixth of the heap, at most 256 MB ({@link #widen} never goes below H2's own choice). */
    static int sizeFor(long maxHeap) {
        return (int) Math.min(CEILING, maxHeap / 6);
    }

    /** Whether the threshold could be set (only slower if not: EmbeddedStoreBufferTest finds out at the next H2 upgrade). */
    static boolean widen(MVStore store, int bytes) {
        try {
            Field threshold = MVStore.class.getDeclaredField("autoCommitMemory");
            threshold.setAccessible(true);
            threshold.setInt(store, Math.max(bytes, store.getAutoCommitMemory()));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("H2's write threshold left at {} MB: {}", store.getAutoCommitMemory() >> 20, e.toString());
            return false;
        }
    }
}
