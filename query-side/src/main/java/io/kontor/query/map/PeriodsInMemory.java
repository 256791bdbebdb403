package io.kontor.query.map;

import io.kontor.query.readmodel.BulkRows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link Periods} for a rebuild, held in memory as rows of the table (keys, from_position, valid_from,
 * valid_to, columns; the times as instants until handed over, a quarter of the memory). A period that has
 * ended is final and handed over at once, unless the table's periods can be rewritten by an erasure: those
 * are all held until {@link #finish}.
 */
final class PeriodsInMemory implements Periods {

    private final String table;
    private final int keys;
    private final List<String> columns;
    private final List<String> allColumns;
    private final boolean rewritable;
    private final Map<List<Object>, List<Object[]>> held = new HashMap<>();
    private BulkRows rows;

    /** For the periods of the shape's table; {@link #rewriteAll} only if the shape is rewritable. */
    PeriodsInMemory(MapShapes.PeriodShape shape) {
        this.table = shape.table();
        this.keys = shape.keys().size();
        this.columns = List.copyOf(shape.columns());
        List<String> all = new ArrayList<>(shape.keys());
        all.addAll(List.of("from_position", "valid_from", "valid_to"));
        all.addAll(columns);
        this.allColumns = List.copyOf(all);
        this.rewritable = shape.rewritable();
    }

    /** Where ended periods go while events are folded. */
    void rowsTo(BulkRows rows) {
        this.rows = rows;
    }

    @Override
    public void begin(List<Object> key, long position, Instant at, Map<String, Object> values) {
        List<Object[]> periods = held.computeIfAbsent(key, any -> new ArrayList<>());
        if (periods.stream().anyMatch(period -> position(period) == position)) {
            return;
        }
        Object[] period = new Object[allColumns.size()];
        for (int i = 0; i < keys; i++) {
            period[i] = key.get(i);
        }
        period[keys] = position;
        period[keys + 1] = at;
        for (int i = 0; i < columns.size(); i++) {
            period[keys + 3 + i] = values.get(columns.get(i));
        }
        periods.add(period);
        end(key, position, at);
    }

    @Override
    public void change(List<Object> key, long position, Instant at, Map<String, Object> changes) {
        List<Object[]> periods = held.get(key);
        if (periods == null || periods.stream().anyMatch(period -> position(period) == position)) {
            return;
        }
        List<Object[]> begun = new ArrayList<>();
        for (Object[] current : periods) {
            if (current[keys + 2] != null || changes.entrySet().stream()
                    .allMatch(change -> Objects.equals(current[index(change.getKey())], change.getValue()))) {
                continue;
            }
            Object[] period = current.clone();
            period[keys] = position;
            period[keys + 1] = at;
            changes.forEach((column, value) -> period[index(column)] = value);
            begun.add(period);
        }
        periods.addAll(begun);
        if (begun.size() == 1) {
            end(key, position, at);
        }
    }

    @Override
    public void end(List<Object> key, long position, Instant at) {
        List<Object[]> periods = held.get(key);
        if (periods == null) {
            return;
        }
        for (Iterator<Object[]> each = periods.iterator(); each.hasNext(); ) {
            Object[] period = each.next();
            if (period[keys + 2] == null && position(period) < position) {
                period[keys + 2] = at;
                if (!rewritable) {
                    handOver(period);
                    each.remove();
                }
            }
        }
        if (periods.isEmpty()) {
            held.remove(key);
        }
    }

    @Override
    public void rewriteAll(List<Object> key, Map<String, Object> changes, Map<String, Object> wherePresent) {
        if (!rewritable) {
            throw new IllegalStateException("the periods of " + table + " are not held for rewriting");
        }
        List<Object[]> periods = held.get(key);
        if (periods == null) {
            return;
        }
        periods.sort((a, b) -> Long.compare(position(a), position(b)));
        Object[] kept = null;
        for (Iterator<Object[]> each = periods.iterator(); each.hasNext(); ) {
            Object[] period = each.next();
            changes.forEach((column, value) -> period[index(column)] = value);
            wherePresent.forEach((column, value) -> {
                if (period[index(column)] != null) {
                    period[index(column)] = value;
                }
            });
            if (Periods.continues(kept, period, keys)) {
                kept[keys + 2] = period[keys + 2];
                each.remove();
            } else {
                kept = period;
            }
        }
    }

    /** Hands over every period still held. */
    void finish() {
        held.values().forEach(periods -> periods.forEach(this::handOver));
        held.clear();
    }

    private void handOver(Object[] period) {
        period[keys + 1] = time((Instant) period[keys + 1]);
        if (period[keys + 2] != null) {
            period[keys + 2] = time((Instant) period[keys + 2]);
        }
        rows.add(table, allColumns, period);
    }

    private long position(Object[] period) {
        return (Long) period[keys];
    }

    private int index(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(table + " has no column " + column);
        }
        return keys + 3 + index;
    }

    private static OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
