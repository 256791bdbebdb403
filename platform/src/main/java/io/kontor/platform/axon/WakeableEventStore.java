package io.kontor.platform.axon;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.util.List;

/**
 * Axon's embedded event store, which a process can be told "new events were committed elsewhere".
 * Within one process the store learns of new events when they commit; events appended by another
 * process (a separate command node) it would otherwise only find at its next poll.
 */
public class WakeableEventStore extends EmbeddedEventStore {

    public WakeableEventStore(Builder builder) {
        super(builder);
    }

    /** Fetches new events now rather than at the next poll. */
    public void wakeUp() {
        afterCommit(List.of());
    }
}
