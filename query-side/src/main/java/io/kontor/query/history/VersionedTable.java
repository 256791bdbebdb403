package io.kontor.query.history;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A table of versions: each event makes a new version (a copy of the current one with some columns
 * changed) valid from the event's time, and closes the previous one at that time. Idempotent: a
 * version is keyed by the entity's id and the event's sequence number.
 */
final class VersionedTable implements Versions {

    /** A table of versions: its name, the id column and the columns a version holds besides its interval. */
    record Shape(String table, String idColumn, List<String> columns) {

        Shape {
            columns = List.copyOf(columns);
        }

        /** Every column of a row: id, sequence, valid_from, valid_to, then the version's own. */
        List<String> allColumns() {
            List<String> all = new ArrayList<>(List.of(idColumn, "sequence", "valid_from", "valid_to"));
            all.addAll(columns);
            return all;
        }
    }

    private final JdbcTemplate jdbc;
    private final String table;
    private final String idColumn;
    private final List<String> columns;

    VersionedTable(JdbcTemplate jdbc, Shape shape) {
        this.jdbc = jdbc;
        this.table = shape.table();
        this.idColumn = shape.idColumn();
        this.columns = shape.columns();
    }

    @Override
    public void first(UUID id, long sequence, Instant at, Map<String, Object> values) {
        if (exists(id, sequence)) {
            return;
        }
        List<Object> arguments = new ArrayList<>(List.of(id, sequence, at.atOffset(ZoneOffset.UTC)));
        columns.forEach(column -> arguments.add(values.get(column)));
        jdbc.update("INSERT INTO " + table + " (" + idColumn + ", sequence, valid_from, " + String.join(", ", columns)
                + ") VALUES (?, ?, ?" + ", ?".repeat(columns.size()) + ")", arguments.toArray());
    }

    @Override
    public void next(UUID id, long sequence, Instant at, Map<String, Object> changes) {
        Map<String, Object> changed = new LinkedHashMap<>(changes);
        List<Object> arguments = new ArrayList<>(List.of(sequence, at.atOffset(ZoneOffset.UTC)));
        String selected = columns.stream().map(column -> {
            if (changed.containsKey(column)) {
                arguments.add(changed.get(column));
                return "?";
            }
            return column;
        }).collect(Collectors.joining(", "));
        arguments.addAll(List.of(id, id, sequence));
        // Copies the current version, unless this event's version exists already (a redelivery).
        int inserted = jdbc.update("INSERT INTO " + table + " (" + idColumn + ", sequence, valid_from, " + String.join(", ", columns)
                + ") SELECT " + idColumn + ", ?, ?, " + selected + " FROM " + table + " WHERE " + idColumn
                + " = ? AND valid_to IS NULL AND NOT EXISTS (SELECT 1 FROM " + table + " WHERE " + idColumn
                + " = ? AND sequence = ?)", arguments.toArray());
        if (inserted == 1) {
            jdbc.update("UPDATE " + table + " SET valid_to = ? WHERE " + idColumn + " = ? AND valid_to IS NULL AND sequence < ?",
                    at.atOffset(ZoneOffset.UTC), id, sequence);
        }
    }


    private boolean exists(UUID id, long sequence) {
        return !jdbc.queryForList("SELECT sequence FROM " + table + " WHERE " + idColumn + " = ? AND sequence = ?",
                Long.class, id, sequence).isEmpty();
    }
}
