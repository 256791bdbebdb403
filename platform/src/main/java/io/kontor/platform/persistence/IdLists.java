package io.kontor.platform.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one way many ids go into SQL: {@code IN (?, ?, ...)} lists of at most {@link #CHUNK}, which both H2 and
 * PostgreSQL answer with index lookups (the plans were read for the registry's and the territories' lists).
 */
public final class IdLists {

    public static final int CHUNK = 500;

    private IdLists() {
    }

    /** {@code ?, ?, ...}: {@code count} parameter marks for an IN list. */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** Hands the ids on in chunks of at most {@link #CHUNK}, in their order. */
    public static <T> void inChunks(Collection<T> ids, Consumer<List<T>> work) {
        inChunks(ids, CHUNK, work);
    }

    /** Hands the ids on in chunks of at most {@code size} (tests use small chunks to cross a chunk's edge). */
    public static <T> void inChunks(Collection<T> ids, int size, Consumer<List<T>> work) {
        List<T> all = ids instanceof List<T> list ? list : new ArrayList<>(ids);
        for (int start = 0; start < all.size(); start += size) {
            work.accept(all.subList(start, Math.min(all.size(), start + size)));
        }
    }
}
