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

    private record Version(long sequence, Instant validFrom, Map<String, Object> values) {
    }

    private final VersionedTable.Shape shape;
    private final List<String> allColumns;
    private final Map<UUID, Version> current = new LinkedHashMap<>();
    private BulkRows rows;

    VersionsInMemory(VersionedTable.Shape shape) {
        this.shape = shape;
        this.allColumns = shape.allColumns();
    }

    /** Where closed versions go while events are folded. */
    void rowsTo(BulkRows rows) {
        this.rows = rows;
    }

    @Override
    public void first(UUID id, long sequence, Instant at, Map<String, Object> values) {
        Version existing = current.get(id);
        if (existing == null || existing.sequence() < sequence) {
            current.put(id, new Version(sequence, at, new HashMap<>(values)));
        }
    }

    @Override
    public void next(UUID id, long sequence, Instant at, Map<String, Object> changes) {
        Version before = current.get(id);
        if (before == null || before.sequence() >= sequence) {
            return;
        }
        Map<String, Object> values = new HashMap<>(before.values());
        values.putAll(changes);
        write(id, before, at);
        current.put(id, new Version(sequence, at, values));
    }

    /** Hands over every current version, still open. */
    void finish() {
        current.forEach((id, version) -> write(id, version, null));
        current.clear();
    }

    private void write(UUID id, Version version, Instant validTo) {
        Object[] row = new Object[allColumns.size()];
        row[0] = id;
        row[1] = version.sequence();
        row[2] = version.validFrom().atOffset(ZoneOffset.UTC);
        row[3] = validTo == null ? null : validTo.atOffset(ZoneOffset.UTC);
        for (int i = 0; i < shape.columns().size(); i++) {
            row[4 + i] = version.values().get(shape.columns().get(i));
        }
        rows.add(shape.table(), allColumns, row);
    }
}
