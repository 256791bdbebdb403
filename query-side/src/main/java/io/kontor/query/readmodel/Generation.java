package io.kontor.query.readmodel;

import java.time.Instant;

/**
 * One generation of a read model: its tables in schema {@code schema}, built for {@code shape}.
 * While it is built, {@code position} is the last event applied, {@code eventsDone} of {@code eventsTotal}.
 */
public record Generation(String readModel, int number, String schema, String shape, State state, long position,
                         long eventsDone, long eventsTotal, String requestedBy, Instant requestedAt, Instant startedAt,
                         Instant endedAt, String failure) {

    public enum State {
        /** Asked for; the node that runs the projections starts building it. */
        REQUESTED,
        /** Being filled from the event store beside the live generation. */
        BUILDING,
        /** What every read and every new event goes to. */
        LIVE,
        /** Replaced by a newer generation; its schema is dropped after a grace period. */
        RETIRED,
        FAILED,
        CANCELLED;

        public boolean pending() {
            return this == REQUESTED || this == BUILDING;
        }
    }

    public static String schemaName(String readModel, int number) {
        return "rm_" + readModel + "_" + number;
    }
}
