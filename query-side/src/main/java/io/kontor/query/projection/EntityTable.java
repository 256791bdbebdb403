package io.kontor.query.projection;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@link EntityRows} in the tables of the generation the connection points at: the live projections' way. */
public final class EntityTable implements EntityRows {

    private final JdbcTemplate jdbc;
    private final EntityShape shape;
    private final RowVersions versions;

    public EntityTable(JdbcTemplate jdbc, EntityShape shape) {
        this.jdbc = jdbc;
        this.shape = shape;
        this.versions = new RowVersions(jdbc, shape.table(), shape.idColumn());
    }

    @Override
    public void insert(UUID id, long sequence, Map<String, Object> values) {
        if (versions.of(id) == null) {
            insert(shape.table(), List.of(shape.idColumn()), List.of(id), values, sequence);
        }
    }

    @Override
    public boolean update(UUID id, long sequence, Map<String, Object> changes, Map<String, Object> wherePresent) {
        List<Object> arguments = new ArrayList<>();
        String assignments = SqlAssignments.of(changes, wherePresent, arguments);
        return versions.update(id, sequence, assignments.isEmpty() ? null : assignments, arguments.toArray());
    }

    @Override
    public void rewrite(UUID id, Map<String, Object> changes, Map<String, Object> wherePresent) {
        List<Object> arguments = new ArrayList<>();
        String assignments = SqlAssignments.of(changes, wherePresent, arguments);
        arguments.add(id);
        jdbc.update("UPDATE " + shape.table() + " SET " + assignments + " WHERE " + shape.idColumn() + " = ?", arguments.toArray());
    }

    @Override
    public List<UUID> idsWhere(String column, Object value) {
        return jdbc.queryForList("SELECT " + shape.idColumn() + " FROM " + shape.table() + " WHERE " + column + " = ?", UUID.class,
                value);
    }

    @Override
    public void putPart(String table, UUID id, UUID part, Map<String, Object> values) {
        removePart(table, id, part);
        EntityShape.Part shapeOfPart = shape.part(table);
        insert(table, List.of(shapeOfPart.idColumn(), shapeOfPart.partColumn()), List.of(id, part), values, null);
    }

    @Override
    public void removePart(String table, UUID id, UUID part) {
        EntityShape.Part shapeOfPart = shape.part(table);
        jdbc.update("DELETE FROM " + table + " WHERE " + shapeOfPart.idColumn() + " = ? AND " + shapeOfPart.partColumn() + " = ?",
                id, part);
    }

    @Override
    public boolean hasPart(String table, UUID id) {
        return !jdbc.queryForList("SELECT 1 FROM " + table + " WHERE " + shape.part(table).idColumn() + " = ? FETCH FIRST 1 ROWS ONLY",
                Integer.class, id).isEmpty();
    }

    /** One row: its keys, then {@code values}, then the version unless it is null (a part has none). */
    private void insert(String table, List<String> keyColumns, List<Object> keys, Map<String, Object> values, Long version) {
        List<String> columns = new ArrayList<>(keyColumns);
        List<Object> arguments = new ArrayList<>(keys);
        values.forEach((column, value) -> {
            columns.add(column);
            arguments.add(value);
        });
        if (version != null) {
            columns.add("version");
            arguments.add(version);
        }
        jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")", arguments.toArray());
    }
}
