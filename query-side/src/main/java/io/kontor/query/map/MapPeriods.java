package io.kontor.query.map;

import io.kontor.query.projection.SqlAssignments;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@link Periods} in a table: a period is keyed by the entity and the global position of the event that
 * began it, so a redelivered event changes nothing: every write checks that its position has not been applied already.
 */
final class MapPeriods implements Periods {

    private final JdbcTemplate jdbc;
    private final String table;
    private final List<String> keys;
    private final List<String> columns;
    private final String keyCondition;

    MapPeriods(JdbcTemplate jdbc, MapShapes.PeriodShape shape) {
        this.jdbc = jdbc;
        this.table = shape.table();
        this.keys = List.copyOf(shape.keys());
        this.columns = List.copyOf(shape.columns());
        this.keyCondition = keys.stream().map(key -> key + " = ?").collect(Collectors.joining(" AND "));
    }

    @Override
    public void begin(List<Object> key, long position, Instant at, Map<String, Object> values) {
        List<Object> found = new ArrayList<>(key);
        found.add(position);
        if (!jdbc.queryForList("SELECT from_position FROM " + table + " WHERE " + keyCondition + " AND from_position = ?",
                Long.class, found.toArray()).isEmpty()) {
            return;
        }
        List<Object> arguments = new ArrayList<>(key);
        arguments.add(position);
        arguments.add(time(at));
        columns.forEach(column -> arguments.add(values.get(column)));
        jdbc.update("INSERT INTO " + table + " (" + String.join(", ", keys) + ", from_position, valid_from, "
                + String.join(", ", columns) + ") VALUES (" + marks(arguments.size()) + ")", arguments.toArray());
        end(key, position, at);
    }

    @Override
    public void change(List<Object> key, long position, Instant at, Map<String, Object> changes) {
        List<Object> arguments = new ArrayList<>(List.of(position, time(at)));
        String selected = columns.stream().map(column -> {
            if (changes.containsKey(column)) {
                arguments.add(changes.get(column));
                return "?";
            }
            return column;
        }).collect(Collectors.joining(", "));
        arguments.addAll(key);
        List<String> changed = new ArrayList<>();
        changes.forEach((column, value) -> {
            changed.add(column + " IS DISTINCT FROM ?");
            arguments.add(value);
        });
        arguments.addAll(key);
        arguments.add(position);
        int begun = jdbc.update("INSERT INTO " + table + " (" + String.join(", ", keys) + ", from_position, valid_from, "
                + String.join(", ", columns) + ") SELECT " + String.join(", ", keys) + ", ?, ?, " + selected + " FROM " + table
                + " WHERE " + keyCondition + " AND valid_to IS NULL AND (" + String.join(" OR ", changed) + ") AND NOT EXISTS"
                + " (SELECT 1 FROM " + table + " WHERE " + keyCondition + " AND from_position = ?)", arguments.toArray());
        if (begun == 1) {
            end(key, position, at);
        }
    }

    @Override
    public void end(List<Object> key, long position, Instant at) {
        List<Object> arguments = new ArrayList<>(List.of(time(at)));
        arguments.addAll(key);
        arguments.add(position);
        jdbc.update("UPDATE " + table + " SET valid_to = ? WHERE " + keyCondition + " AND valid_to IS NULL AND from_position < ?",
                arguments.toArray());
    }

    /**
     * A replay reads the erased values from the first event on and never begins the periods this merges, so the
     * live table ends up as a replay builds it.
     */
    @Override
    public void rewriteAll(List<Object> key, Map<String, Object> changes, Map<String, Object> wherePresent) {
        List<Object> arguments = new ArrayList<>();
        String assignments = SqlAssignments.of(changes, wherePresent, arguments);
        arguments.addAll(key);
        jdbc.update("UPDATE " + table + " SET " + assignments + " WHERE " + keyCondition, arguments.toArray());
        List<Object[]> periods = jdbc.query("SELECT from_position, valid_from, valid_to, " + String.join(", ", columns) + " FROM "
                + table + " WHERE " + keyCondition + " ORDER BY from_position", (rs, row) -> {
            Object[] period = new Object[3 + columns.size()];
            period[0] = rs.getLong(1);
            period[1] = rs.getObject(2, OffsetDateTime.class).toInstant();
            OffsetDateTime to = rs.getObject(3, OffsetDateTime.class);
            period[2] = to == null ? null : to.toInstant();
            for (int column = 0; column < columns.size(); column++) {
                period[3 + column] = rs.getObject(4 + column);
            }
            return period;
        }, key.toArray());
        Object[] kept = null;
        for (Object[] period : periods) {
            if (!Periods.continues(kept, period, 0)) {
                kept = period;
                continue;
            }
            kept[2] = period[2];
            List<Object> merged = new ArrayList<>();
            merged.add(kept[2] == null ? null : time((Instant) kept[2]));
            merged.addAll(key);
            merged.add(kept[0]);
            jdbc.update("UPDATE " + table + " SET valid_to = ? WHERE " + keyCondition + " AND from_position = ?", merged.toArray());
            List<Object> removed = new ArrayList<>(key);
            removed.add(period[0]);
            jdbc.update("DELETE FROM " + table + " WHERE " + keyCondition + " AND from_position = ?", removed.toArray());
        }
    }

    private static OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
