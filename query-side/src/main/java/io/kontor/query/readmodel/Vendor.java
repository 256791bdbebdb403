package io.kontor.query.readmodel;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The two databases Kontor runs on, and how each is told where to look for unqualified table names. */
public enum Vendor {
    H2, POSTGRESQL;

    public static Vendor of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }

    public static Vendor of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("postgres") ? POSTGRESQL : H2;
    }

    /**
     * The statement that makes the given schemas visible after the default one. Event store, registries
     * and tokens live in the default schema; each live read-model generation in a schema of its own.
     */
    public String searchPath(List<String> schemas) {
        String listed = schemas.stream().map(schema -> schema.toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        return switch (this) {
            case H2 -> "SET SCHEMA_SEARCH_PATH PUBLIC" + (listed.isEmpty() ? "" : ", " + listed.toUpperCase(Locale.ROOT));
            case POSTGRESQL -> "SET search_path TO public" + (listed.isEmpty() ? "" : ", " + listed);
        };
    }

    /** Makes {@code schema} the one unqualified DDL creates tables in (for building a generation). */
    public String createIn(String schema) {
        return switch (this) {
            case H2 -> "SET SCHEMA " + schema.toUpperCase(Locale.ROOT);
            case POSTGRESQL -> "SET search_path TO " + schema.toLowerCase(Locale.ROOT);
        };
    }

    public String dropSchema(String schema) {
        return "DROP SCHEMA IF EXISTS " + schema + " CASCADE";
    }
}
