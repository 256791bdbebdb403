package io.kontor.query.replay;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.Collections;
import java.util.Iterator;
import java.util.function.LongPredicate;
import java.util.stream.Stream;

/**
 * The stored events after one position up to another, in order, read in the storage engine's batches
 * (one indexed range read each, {@code kontor.events.fetch-batch-size} events), deserialized lazily and once.
 */
final class EventRange implements AutoCloseable {

    private final Stream<? extends TrackedEventMessage<?>> stream;
    private final Iterator<? extends TrackedEventMessage<?>> events;
    private final long to;
    private final LongPredicate wanted;

    /** Events at positions in {@code (from, to]} that {@code wanted} accepts. */
    EventRange(EventStorageEngine storage, long from, long to, LongPredicate wanted) {
        this.stream = storage.readEvents(GapAwareTrackingToken.newInstance(from, Collections.emptySortedSet()), false);
        this.events = stream.iterator();
        this.to = to;
        this.wanted = wanted;
    }

    /** The next event, or null past the end of the range. */
    TrackedEventMessage<?> next() {
        while (events.hasNext()) {
            TrackedEventMessage<?> event = events.next();
            long position = position(event);
            if (position > to) {
                return null;
            }
            if (wanted.test(position)) {
                return event;
            }
        }
        return null;
    }

    static long position(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElseThrow();
    }

    @Override
    public void close() {
        stream.close();
    }
}
