package io.kontor.query.projection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Column values for a projection's rows ({@link EntityRows}, the history's versions): {@code Map.of} refuses null, and a
 * column set to NULL (an owner removed, a hold lifted) is an ordinary change. The map may be added to afterwards.
 */
public final class Columns {

    private Columns() {
    }

    /** {@code of("status", "OPEN", "score", null)}: columns and their values, in pairs. */
    public static Map<String, Object> of(Object... columnsAndValues) {
        if (columnsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("columns and values come in pairs");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            values.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return values;
    }
}
