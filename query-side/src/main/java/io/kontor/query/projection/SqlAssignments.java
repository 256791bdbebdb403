package io.kontor.query.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code SET} list of an update that sets some columns, and others only where they hold a value (an erasure). */
public final class SqlAssignments {

    private SqlAssignments() {
    }

    /** "a = ?, b = CASE WHEN b IS NULL THEN NULL ELSE ? END", its values added to {@code arguments} in that order. */
    public static String of(Map<String, Object> changes, Map<String, Object> wherePresent, List<Object> arguments) {
        List<String> assignments = new ArrayList<>();
        changes.forEach((column, value) -> {
            assignments.add(column + " = ?");
            arguments.add(value);
        });
        wherePresent.forEach((column, value) -> {
            assignments.add(column + " = CASE WHEN " + column + " IS NULL THEN NULL ELSE ? END");
            arguments.add(value);
        });
        return String.join(", ", assignments);
    }
}
