package io.kontor.query.projection;

import io.kontor.query.readmodel.BulkRows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link EntityRows} for a rebuild: every row held in memory as the events change it (a time in UTC as an
 * instant, a quarter of the memory), and written once, at {@link #finish}, in batches. Same rules as the
 * tables: an insert of an existing row and an event at or below a row's version change nothing.
 */
public final class EntityRowsInMemory implements EntityRows {

    private static final class Entity {
        final Object[] values;
        Map<String, Map<UUID, Object[]>> parts;

        Entity(int columns) {
            values = new Object[columns];
        }
    }

    private final EntityShape shape;
    private final List<String> allColumns;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final int version;
    private final Map<UUID, Entity> entities = new LinkedHashMap<>();

    public EntityRowsInMemory(EntityShape shape) {
        this.shape = shape;
        this.allColumns = shape.allColumns();
        for (int i = 0; i < allColumns.size(); i++) {
            indexes.put(allColumns.get(i), i);
        }
        this.version = allColumns.size() - 1;
    }

    @Override
    public void insert(UUID id, long sequence, Map<String, Object> values) {
        if (entities.containsKey(id)) {
            return;
        }
        Entity entity = new Entity(allColumns.size());
        entity.values[0] = id;
        values.forEach((column, value) -> entity.values[index(column)] = held(value));
        entity.values[version] = sequence;
        entities.put(id, entity);
    }

    @Override
    public boolean update(UUID id, long sequence, Map<String, Object> changes, Map<String, Object> wherePresent) {
        Entity entity = entities.get(id);
        if (entity == null || (Long) entity.values[version] >= sequence) {
            return false;
        }
        set(entity, changes, wherePresent);
        entity.values[version] = sequence;
        return true;
    }

    @Override
    public void rewrite(UUID id, Map<String, Object> changes, Map<String, Object> wherePresent) {
        Entity entity = entities.get(id);
        if (entity != null) {
            set(entity, changes, wherePresent);
        }
    }

    @Override
    public List<UUID> idsWhere(String column, Object value) {
        int index = index(column);
        return entities.entrySet().stream().filter(entry -> value.equals(entry.getValue().values[index])).map(Map.Entry::getKey)
                .toList();
    }

    @Override
    public void putPart(String table, UUID id, UUID part, Map<String, Object> values) {
        List<String> columns = shape.part(table).columns();
        Entity entity = entities.get(id);
        if (entity == null) {
            throw new IllegalStateException("a part of " + id + ", which has no row in " + shape.table());
        }
        Object[] row = new Object[columns.size()];
        values.forEach((column, value) -> row[partIndex(columns, column)] = value);
        if (entity.parts == null) {
            entity.parts = new HashMap<>();
        }
        entity.parts.computeIfAbsent(table, any -> new LinkedHashMap<>()).put(part, row);
    }

    @Override
    public void removePart(String table, UUID id, UUID part) {
        shape.part(table); // a table the shape lacks is refused, as the database refuses it
        Entity entity = entities.get(id);
        if (entity != null && entity.parts != null && entity.parts.containsKey(table)) {
            entity.parts.get(table).remove(part);
        }
    }

    @Override
    public boolean hasPart(String table, UUID id) {
        shape.part(table);
        Entity entity = entities.get(id);
        return entity != null && entity.parts != null && !entity.parts.getOrDefault(table, Map.of()).isEmpty();
    }

    /** Hands over every row, each entity's parts after it, and forgets them. */
    public void finish(BulkRows rows) {
        entities.forEach((id, entity) -> {
            for (int i = 0; i < entity.values.length; i++) {
                if (entity.values[i] instanceof Instant instant) {
                    entity.values[i] = instant.atOffset(ZoneOffset.UTC);
                }
            }
            rows.add(shape.table(), allColumns, entity.values);
            if (entity.parts != null) {
                entity.parts.forEach((table, parts) -> {
                    List<String> columns = shape.part(table).allColumns();
                    parts.forEach((part, values) -> {
                        Object[] row = new Object[columns.size()];
                        row[0] = id;
                        row[1] = part;
                        System.arraycopy(values, 0, row, 2, values.length);
                        rows.add(table, columns, row);
                    });
                });
            }
        });
        entities.clear();
    }

    private void set(Entity entity, Map<String, Object> changes, Map<String, Object> wherePresent) {
        changes.forEach((column, value) -> entity.values[index(column)] = held(value));
        wherePresent.forEach((column, value) -> {
            int index = index(column);
            if (entity.values[index] != null) {
                entity.values[index] = held(value);
            }
        });
    }

    private static Object held(Object value) {
        return value instanceof OffsetDateTime time && time.getOffset().equals(ZoneOffset.UTC) ? time.toInstant() : value;
    }

    private int index(String column) {
        Integer index = indexes.get(column);
        if (index == null || index == 0 || index == version) {
            throw new IllegalArgumentException(shape.table() + " has no column " + column + " a projection may set");
        }
        return index;
    }

    private int partIndex(List<String> columns, String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column + " in a part of " + shape.table());
        }
        return index;
    }
}
