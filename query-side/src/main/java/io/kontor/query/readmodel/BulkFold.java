package io.kontor.query.readmodel;

import org.axonframework.eventhandling.EventMessage;

/**
 * A read model's fast way to be rebuilt: it folds the events in memory, in order, and hands over rows
 * instead of running its handlers' statements event by event. Rows that can no longer change (a
 * version of an entity once the next one exists) may go at once; the rest at {@link #finish}. After
 * the fold the read model's handlers carry on from where it ended, so both must write the same rows:
 * a read model with a fold has a test that feeds the same events through both and compares the tables.
 */
public interface BulkFold {

    /** Folds one event; may hand over rows that are final already. */
    void apply(EventMessage<?> event, BulkRows rows);

    /** Hands over every row still held. */
    void finish(BulkRows rows);
}
