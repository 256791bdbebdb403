package io.kontor.query.history;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Where the versions of one kind of entity go: each event makes a new version, valid from the event's
 * time, and closes the one before. Idempotent: a version is keyed by the entity's id and the event's sequence.
 */
interface Versions {

    /** The first version; {@code values} holds every column. */
    void first(UUID id, long sequence, Instant at, Map<String, Object> values);

    /** A new version with the given columns changed and the others as they were; nothing if there is no version yet. */
    void next(UUID id, long sequence, Instant at, Map<String, Object> changes);
}
