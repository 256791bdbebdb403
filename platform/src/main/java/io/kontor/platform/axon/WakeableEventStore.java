package io.kontor.platform.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Axon's embedded event store, which tells listeners when new events were committed: by this process
 * (after each commit) or, through {@link #wakeUp()}, by another process.
 */
public class WakeableEventStore extends EmbeddedEventStore {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public WakeableEventStore(Builder builder) {
        super(builder);
    }

    /** Runs {@code listener} whenever new events have been committed. */
    public void onNewEvents(Runnable listener) {
        listeners.add(listener);
    }

    /** New events were committed elsewhere (another process): tell the listeners and fetch now. */
    public void wakeUp() {
        afterCommit(List.of());
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
        listeners.forEach(Runnable::run);
    }
}
