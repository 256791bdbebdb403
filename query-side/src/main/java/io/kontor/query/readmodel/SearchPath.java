package io.kontor.query.readmodel;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Which schemas a connection resolves read-model tables in. Every connection the application borrows is
 * pointed at the live generation of every read model before use ({@link GenerationDataSource}), so
 * handlers and queries name their tables without a schema and always read and write the live
 * generation; a rebuild points its own connection at the generation it builds instead.
 *
 * <p>The statement is sent only when a connection's path differs from the one wanted, so a borrow
 * costs a map lookup. After a switch every connection is re-pointed at its next borrow.
 */
public final class SearchPath {

    /** Per physical connection, the path statement last sent on it. */
    private final Map<Connection, String> applied = Collections.synchronizedMap(new WeakHashMap<>());
    private volatile String wanted;

    /** The path statement every borrowed connection gets; null until the generations are known. */
    public void want(String statement) {
        this.wanted = statement;
    }

    public String wanted() {
        return wanted;
    }

    /** Points a freshly borrowed connection at the live generations, if it is not already. */
    void prepare(Connection borrowed) throws SQLException {
        String statement = wanted;
        if (statement != null) {
            apply(borrowed, statement);
        }
    }

    /** Sends {@code statement} (a path or schema setting) on the connection unless it was the last one sent. */
    public void apply(Connection connection, String statement) throws SQLException {
        Connection physical = physical(connection);
        if (!statement.equals(applied.get(physical))) {
            try (Statement sql = physical.createStatement()) {
                sql.execute(statement);
            }
            applied.put(physical, statement);
        }
    }

    /** Forgets what was sent on the connection (after a rollback, or a setting outside {@link #apply}). */
    public void forget(Connection connection) throws SQLException {
        applied.remove(physical(connection));
    }

    private static Connection physical(Connection connection) throws SQLException {
        return connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class) : connection;
    }
}
