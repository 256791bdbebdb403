package io.kontor.platform.visibility;

import java.util.List;

/** A piece of SQL for a WHERE clause with the arguments its placeholders take, in order. */
public record SqlCondition(String sql, List<Object> arguments) {

    public SqlCondition {
        arguments = List.copyOf(arguments);
    }
}
