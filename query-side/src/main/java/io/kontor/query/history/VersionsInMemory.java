package io.kontor.query.history;

import io.kontor.query.readmodel.BulkRows;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Versions for a rebuild: only each entity's current version is held in memory; a version closed by
 * the next one is final and handed over as a row at once, the current ones at the end.
 */
final class VersionsInMemory implements Versions {

    /** The values in the order of the shape's columns: an array, not a map, as a long history holds one per entity. */
    private record Version(long sequence, Instant validFrom, Object[] values) {
    }

    private final VersionedTable.Shape shape;
    private final List<String> allColumns;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final Map<UUID, Version> current = new LinkedHashMap<>();
    private BulkRows rows;

    VersionsInMemory(VersionedTable.Shape shape) {
        this.shape = shape;
        this.allColumns = shape.allColumns();
        for (int i = 0; i < shape.columns().size(); i++) {
            indexes.put(shape.columns().get(i), i);
        }
    }

    /** Where closed versions go while events are folded. */
    void rowsTo(BulkRows rows) {
        this.rows = rows;
    }

    @Override
    public void first(UUID id, long sequence, Instant at, Map<String, Object> values) {
        Version existing = current.get(id);
        if (existing == null || existing.sequence() < sequence) {
            Object[] row = new Object[shape.columns().size()];
            values.forEach((column, value) -> set(row, column, value));
            current.put(id, new Version(sequence, at, row));
        }
    }

    @Override
    public void next(UUID id, long sequence, Instant at, Map<String, Object> changes) {
        Version before = current.get(id);
        if (before == null || before.sequence() >= sequence) {
            return;
        }
        Object[] values = before.values().clone();
        changes.forEach((column, value) -> set(values, column, value));
        write(id, before, at);
        current.put(id, new Version(sequence, at, values));
    }

    /** Hands over every current version, still open. */
    void finish() {
        current.forEach((id, version) -> write(id, version, null));
        current.clear();
    }

    /** Only the shape's columns are kept: the tables' handlers ignore any other value too. */
    private void set(Object[] row, String column, Object value) {
        Integer index = indexes.get(column);
        if (index != null) {
            row[index] = value;
        }
    }

    private void write(UUID id, Version version, Instant validTo) {
        Object[] row = new Object[allColumns.size()];
        row[0] = id;
        row[1] = version.sequence();
        row[2] = version.validFrom().atOffset(ZoneOffset.UTC);
        row[3] = validTo == null ? null : validTo.atOffset(ZoneOffset.UTC);
        System.arraycopy(version.values(), 0, row, 4, version.values().length);
        rows.add(shape.table(), allColumns, row);
    }
}
