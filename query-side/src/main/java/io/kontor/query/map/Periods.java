package io.kontor.query.map;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Periods of an entity (an account, a contact, a seat, a relationship): each event that changes it ends its
 * current period at the event's time and begins a new one, keyed by the entity and the event's global
 * position. Live they are rows of a table ({@link MapPeriods}); in a rebuild they are held in memory
 * ({@link PeriodsInMemory}) and each is written once, complete with its end.
 */
interface Periods {

    /** Begins a period with these values (every column), ending the current one. */
    void begin(List<Object> key, long position, Instant at, Map<String, Object> values);

    /**
     * Begins a period that copies the current one with some columns changed; nothing if there is no
     * current period or the changes change nothing.
     */
    void change(List<Object> key, long position, Instant at, Map<String, Object> changes);

    /** Ends the current period (begun before this event), if there is one. */
    void end(List<Object> key, long position, Instant at);

    /**
     * Rewrites every period of the entity (an erasure): {@code changes}, and each column of {@code wherePresent}
     * where it holds a value; then merges each period into the one before it where they no longer differ.
     */
    void rewriteAll(List<Object> key, Map<String, Object> changes, Map<String, Object> wherePresent);

    /**
     * Whether {@code period} begins where {@code kept} ends and holds the same values, so that an erasure merges it
     * into {@code kept}: both forms' rows hold from_position, valid_from, valid_to and then the columns, from index
     * {@code from} on (the same instants, or the same times, in both rows).
     */
    static boolean continues(Object[] kept, Object[] period, int from) {
        return kept != null && period[from + 1].equals(kept[from + 2])
                && Arrays.equals(kept, from + 3, kept.length, period, from + 3, period.length);
    }
}
