package io.kontor.api.common;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Kontor's one way to make the identifier of a new record (an aggregate, an event, an import): a version 7
 * UUID (RFC 9562), the Unix time in milliseconds first, then a counter, then 62 random bits.
 * <p>
 * Why not random (version 4) UUIDs: a new id becomes a key in the B-tree indexes of the event store, of the
 * registries and of every read model. Random keys put each new row on a random page of each index, so a
 * commit writes out about one index page per row it inserted, in every index (an import of 100,000 accounts
 * wrote most of each index again with every chunk). Ids that grow with time land on the last few pages, which
 * a commit writes once for all its rows. The same holds for PostgreSQL's B-trees and its write-ahead log.
 * <p>
 * Within one JVM the ids strictly increase: the 12-bit counter orders ids of the same millisecond, and when it
 * runs over, the next ids borrow the following millisecond. Across nodes they stay unique through the random
 * bits. The price: an id tells when it was made, which Kontor's history and {@code createdAt} fields show anyway.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;
    private static final long RANDOM_BITS = 0x3FFF_FFFF_FFFF_FFFFL;

    /** The last stamp handed out: milliseconds shifted left by 12, plus the counter. */
    private static final AtomicLong LAST = new AtomicLong();

    private TimeOrderedIds() {
    }

    public static UUID next() {
        return next(System.currentTimeMillis());
    }

    static UUID next(long nowMillis) {
        long stamp = LAST.updateAndGet(last -> Math.max(last + 1, nowMillis << 12));
        long high = (stamp >>> 12) << 16 | VERSION_7 | (stamp & 0xFFF);
        long low = RANDOM.nextLong() & RANDOM_BITS | VARIANT_RFC;
        return new UUID(high, low);
    }

    /** The millisecond an id of this kind was made (for tests and diagnostics). */
    public static long millisOf(UUID id) {
        if (id.version() != 7) {
            throw new IllegalArgumentException("not a time-ordered id: " + id);
        }
        return id.getMostSignificantBits() >>> 16;
    }
}
