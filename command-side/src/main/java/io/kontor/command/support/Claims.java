package io.kontor.command.support;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * Writes a row whose unique key is a business rule and tells whether the key was free. PostgreSQL
 * aborts the whole transaction on a unique violation, so inside a transaction the write runs under a
 * savepoint: after a refusal the command can still look up who holds the key and say so.
 */
public final class Claims {

    private static final String UNIQUE_VIOLATION = "23505";

    private Claims() {
    }

    /** Runs the insert or update; false if it violated a unique key (and then changed nothing). */
    public static boolean tryWrite(JdbcTemplate jdbc, String sql, Object... arguments) {
        Boolean written = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
            try {
                execute(connection, sql, arguments);
                if (savepoint != null) {
                    connection.releaseSavepoint(savepoint);
                }
                return true;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                if (savepoint != null) {
                    connection.rollback(savepoint);
                }
                return false;
            }
        });
        return Boolean.TRUE.equals(written);
    }

    private static void execute(Connection connection, String sql, Object[] arguments) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            statement.executeUpdate();
        }
    }
}
