package io.kontor.query.projection;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where a projection writes the rows of an {@link EntityShape}: the live tables ({@link EntityTable}) or,
 * in a rebuild, memory ({@link EntityRowsInMemory}), which writes each row once, as the events left it.
 * Idempotent either way: an event at or below a row's version was applied already.
 */
public interface EntityRows {

    /** The entity's row with these values (every column may be given), unless it has one already. */
    void insert(UUID id, long sequence, Map<String, Object> values);

    /**
     * Sets {@code changes}, and each column of {@code wherePresent} only where it holds a value, and the
     * version; nothing if there is no row or it reflects this event already. True if the row was changed.
     */
    boolean update(UUID id, long sequence, Map<String, Object> changes, Map<String, Object> wherePresent);

    /** {@link #update(UUID, long, Map, Map)} without columns set only where present. */
    default boolean update(UUID id, long sequence, Map<String, Object> changes) {
        return update(id, sequence, changes, Map.of());
    }

    /**
     * Sets columns as {@link #update(UUID, long, Map, Map)} does, whatever the row's version, and leaves the version:
     * for an event of another entity that reaches this row (an erasure of a person it names).
     */
    void rewrite(UUID id, Map<String, Object> changes, Map<String, Object> wherePresent);

    /** The ids of the rows whose {@code column} holds {@code value}. */
    List<UUID> idsWhere(String column, Object value);

    /** Puts one part of the entity (every column), replacing the one it had. */
    void putPart(String table, UUID id, UUID part, Map<String, Object> values);

    /** Removes one part of the entity, if it has it. */
    void removePart(String table, UUID id, UUID part);

    /** True if the entity has any part in {@code table} (for a table that keeps one part per entity: the first). */
    boolean hasPart(String table, UUID id);
}
