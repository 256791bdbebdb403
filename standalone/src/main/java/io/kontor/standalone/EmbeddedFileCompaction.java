package io.kontor.standalone;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

import java.time.Duration;

/**
 * H2's file compaction, done so that nothing committed can be lost: every round of rewritten pages is committed
 * before anything frees the chunks they came from.
 *
 * <p>Why not H2's own compaction at close ({@code MAX_COMPACT_TIME}): in H2 2.3.232 it commits first and then
 * rewrites pages, frees their old chunks and moves the rest, and never commits the rewritten pages (H2 issue 4247,
 * fixed in 2.4.240). On a store of this service the bench wrote 10,000 events, and the close that followed a drop
 * of the read models' schemas left an empty event table ({@code EmbeddedFileCompactionTest} replays it on the same
 * store). The same rewrite and move, committed round by round while the store is open, is what H2's fixed version does.
 */
final class EmbeddedFileCompaction {

    /** Chunks less full than this are rewritten. */
    private static final int TARGET_FILL_RATE = 90;
    private static final int BYTES_PER_ROUND = 16 << 20;

    private EmbeddedFileCompaction() {
    }

    /** One round while the service runs: rewrites up to {@code bytes} of the emptiest chunks; the next commit stores them. */
    static void rewriteSparseChunks(MVStore store, int bytes) {
        if (!store.isClosed()) {
            store.compact(TARGET_FILL_RATE, bytes);
        }
    }

    /**
     * Before a clean close: rewrites sparse chunks and then moves the chunks at the end of the file into the free
     * space before them, committing after every round, until nothing is left to gain or {@code budget} is spent.
     * The file then ends with its last chunk (it shrinks), and the space it gives up takes the old versions of rows in
     * it along (an erased person's among them: {@code ErasedPersonLeavesNoTraceInTheFilesIT} finds none in a stopped
     * file).
     */
    static Result beforeClose(MVStore store, Duration budget) {
        long began = System.nanoTime();
        long deadline = began + budget.toNanos();
        long before = store.getFileStore().size();
        // Old versions are kept for readers of the moment; at a clean stop nobody reads them any more.
        store.setRetentionTime(0);
        // Enough rounds to rewrite the whole file once: H2 may otherwise rewrite its newest chunk again and again.
        long rounds = before / BYTES_PER_ROUND + 2;
        for (long round = 0; round < rounds && System.nanoTime() < deadline && !store.isClosed(); round++) {
            boolean rewrote = store.compact(TARGET_FILL_RATE, BYTES_PER_ROUND);
            store.commit();
            if (!rewrote) {
                break;
            }
        }
        if (store.getFileStore() instanceof RandomAccessStore file) {
            // Until a move no longer shrinks the file (anything still committing meanwhile appends chunks).
            long size = file.size();
            while (System.nanoTime() < deadline && !store.isClosed()) {
                file.compactMoveChunks(100, BYTES_PER_ROUND, store);
                store.commit();
                long moved = file.size();
                if (moved >= size) {
                    break;
                }
                size = moved;
            }
        }
        return new Result(before, store.getFileStore().size(), (System.nanoTime() - began) / 1_000_000);
    }

    /** The file's size before and after, and how long it took. */
    record Result(long before, long after, long millis) {
    }
}
