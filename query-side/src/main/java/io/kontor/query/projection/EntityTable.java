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
        if (versions.of(id) != null) {
            return;
        }
        List<String> columns = new ArrayList<>(List.of(shape.idColumn()));
        List<Object> arguments = new ArrayList<>(List.of(id));
        values.forEach((column, value) -> {
            columns.add(column);
            arguments.add(value);
        });
        columns.add("version");
        arguments.add(sequence);
        insert(shape.table(), columns, arguments);
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
        List<String> columns = new ArrayList<>(List.of(shapeOfPart.idColumn(), shapeOfPart.partColumn()));
        List<Object> arguments = new ArrayList<>(List.of(id, part));
        values.forEach((column, value) -> {
            columns.add(column);
            arguments.add(value);
        });
        insert(table, columns, arguments);
    }

    @Override
    public void removePart(String table, UUID id, UUID part) {
        EntityShape.Part shapeOfPart = shape.part(table);
        jdbc.update("DELETE FROM " + table + " WHERE " + shapeOfPart.idColumn() + " = ? AND " + shapeOfPart.partColumn() + " = ?",
                id, part);
    }

    private void insert(String table, List<String> columns, List<Object> arguments) {
        jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")", arguments.toArray());
    }
}
