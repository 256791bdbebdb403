package io.kontor.standalone;

import org.h2.mvstore.MVStore;

/**
 * H2's file compaction while the service runs, done so that nothing committed can be lost: the rewritten pages are
 * stored by the next commit before anything frees the chunks they came from.
 *
 * <p>Why not H2's own compaction at close ({@code MAX_COMPACT_TIME}): in H2 2.3.232 it commits first and then
 * rewrites pages, frees their old chunks and moves the rest, and never commits the rewritten pages (H2 issue 4247,
 * fixed in 2.4.240). On a store of this service the bench wrote 10,000 events, and the close that followed a drop
 * of the read models' schemas left an empty event table ({@code EmbeddedFileCompactionTest} replays it on the same
 * store). A clean stop rewrites the closed file instead ({@link EmbeddedFileRewrite}).
 */
final class EmbeddedFileCompaction {

    /** Chunks less full than this are rewritten. */
    private static final int TARGET_FILL_RATE = 90;

    private EmbeddedFileCompaction() {
    }

    /** One round while the service runs: rewrites up to {@code bytes} of the emptiest chunks; the next commit stores them. */
    static void rewriteSparseChunks(MVStore store, int bytes) {
        if (!store.isClosed()) {
            store.compact(TARGET_FILL_RATE, bytes);
        }
    }
}
