package io.kontor.query.projection;

import io.kontor.platform.axon.WakeableEventStore;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The event source of the projections: reads the event store directly and tells each processor the
 * moment new events are committed (here, or by another process through PostgreSQL's NOTIFY).
 *
 * <p>Axon's embedded event store offers processors no such notification, and a pooled streaming
 * processor without one looks for new events only every 500 ms: half a second of staleness for every
 * read-your-write. This source supports the availability callback, so a committed event reaches the
 * projections within milliseconds. Gaps in the positions are handled by the storage engine as before.
 */
@Component(ProjectionEventSource.BEAN)
public class ProjectionEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    public static final String BEAN = "projectionEventSource";

    private final EventStorageEngine storage;
    private final CopyOnWriteArrayList<EventStream> streams = new CopyOnWriteArrayList<>();

    public ProjectionEventSource(EventStorageEngine storage, WakeableEventStore eventStore) {
        this.storage = storage;
        eventStore.onNewEvents(() -> streams.forEach(EventStream::eventsCommitted));
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        EventStream stream = new EventStream(trackingToken);
        streams.add(stream);
        return stream;
    }

    @Override
    public TrackingToken createTailToken() {
        return storage.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return storage.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return storage.createTokenAt(dateTime);
    }

    /** One processor's stream: batches read from storage on demand, a callback when events were committed. */
    private final class EventStream implements BlockingStream<TrackedEventMessage<?>> {

        private final Object committed = new Object();
        /** Commits announced so far (guarded by {@code committed}): a wait only starts if none came since the last look. */
        private long commits;
        private TrackingToken lastToken;
        private Stream<? extends TrackedEventMessage<?>> batch;
        private Iterator<? extends TrackedEventMessage<?>> iterator;
        private TrackedEventMessage<?> peeked;
        private volatile Runnable callback;

        private EventStream(TrackingToken lastToken) {
            this.lastToken = lastToken;
        }

        void eventsCommitted() {
            synchronized (committed) {
                commits++;
                committed.notifyAll();
            }
            Runnable onAvailable = callback;
            if (onAvailable != null) {
                onAvailable.run();
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.ofNullable(fetch());
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (true) {
                long seen;
                synchronized (committed) {
                    seen = commits;
                }
                if (fetch() != null) {
                    return true;
                }
                long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (remaining <= 0) {
                    return false;
                }
                synchronized (committed) {
                    if (commits == seen) {
                        committed.wait(remaining);
                    }
                }
            }
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (!hasNextAvailable(1, TimeUnit.SECONDS)) {
                // keep waiting: the caller asked to block until an event is there
            }
            TrackedEventMessage<?> next = peeked;
            peeked = null;
            lastToken = next.trackingToken();
            return next;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            return true;
        }

        @Override
        public void close() {
            closeBatch();
            streams.remove(this);
        }

        /** The next event, reading the next batch from storage when the current one is used up. */
        private TrackedEventMessage<?> fetch() {
            if (peeked == null) {
                if (iterator == null || !iterator.hasNext()) {
                    closeBatch();
                    batch = storage.readEvents(lastToken, false);
                    iterator = batch.iterator();
                }
                if (iterator.hasNext()) {
                    peeked = iterator.next();
                }
            }
            return peeked;
        }

        private void closeBatch() {
            if (batch != null) {
                batch.close();
                batch = null;
                iterator = null;
            }
        }
    }
}
