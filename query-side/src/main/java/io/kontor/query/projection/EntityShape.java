package io.kontor.query.projection;

import java.util.ArrayList;
import java.util.List;

/**
 * A table with one row per entity, changed only by that entity's events, with the sequence number of
 * the last one applied in {@code version}; and the tables of its parts (the seats of a buying center),
 * each part a row keyed by the entity and the part, replaced whole.
 *
 * @param columns every column besides the id and the version
 */
public record EntityShape(String table, String idColumn, List<String> columns, List<Part> parts) {

    /** A table of an entity's parts: {@code columns} are those besides the entity's and the part's ids. */
    public record Part(String table, String idColumn, String partColumn, List<String> columns) {

        public Part {
            columns = List.copyOf(columns);
        }

        List<String> allColumns() {
            List<String> all = new ArrayList<>(List.of(idColumn, partColumn));
            all.addAll(columns);
            return List.copyOf(all);
        }
    }

    public EntityShape {
        columns = List.copyOf(columns);
        parts = List.copyOf(parts);
    }

    /** Every column of a row: the id, the entity's own, then the version. */
    List<String> allColumns() {
        List<String> all = new ArrayList<>();
        all.add(idColumn);
        all.addAll(columns);
        all.add("version");
        return List.copyOf(all);
    }

    Part part(String table) {
        return parts.stream().filter(part -> part.table().equals(table)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(this.table + " has no part table " + table));
    }
}
