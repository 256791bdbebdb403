package io.kontor.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Real databases for tests, migrated by the same Flyway scripts as production: an H2 in memory, or a
 * PostgreSQL server (binaries from Maven, no Docker) started once per JVM with a fresh database per call.
 */
public final class TestDatabases {

    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static DataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("kontor");
        return migrated(dataSource);
    }

    /** A new, migrated database on the shared embedded PostgreSQL server. */
    public static DataSource postgres() {
        return migrated(postgresDatabase());
    }

    /** A new database on the shared embedded PostgreSQL server, not migrated (for tests of the migrations). */
    public static DataSource emptyPostgres() {
        return postgresDatabase();
    }

    /** A new, empty database on the shared embedded PostgreSQL server; returns its JDBC URL. */
    public static String postgresUrl() {
        String name = newPostgresDatabase();
        return server().getJdbcUrl("postgres", name);
    }

    private static DataSource postgresDatabase() {
        return server().getDatabase("postgres", newPostgresDatabase());
    }

    private static String newPostgresDatabase() {
        String name = "kontor_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database", e);
        }
        return name;
    }

    public static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "on")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return postgres;
    }

    private static DataSource migrated(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }
}
