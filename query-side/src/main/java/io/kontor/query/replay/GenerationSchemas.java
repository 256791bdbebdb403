package io.kontor.query.replay;

import io.kontor.query.readmodel.Generation;
import io.kontor.query.readmodel.ReadModelSchema;
import io.kontor.query.readmodel.SearchPath;
import io.kontor.query.readmodel.Vendor;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Creates and drops the schema that holds one generation of a read model. DDL runs outside any transaction. */
@Component
class GenerationSchemas {

    private final DataSource dataSource;
    private final SearchPath searchPath;

    GenerationSchemas(DataSource dataSource, SearchPath searchPath) {
        this.dataSource = dataSource;
        this.searchPath = searchPath;
    }

    /**
     * A fresh schema for the generation (a leftover of a crashed attempt is dropped first) with the read
     * model's tables, and their secondary indexes unless {@code withIndexes} is false.
     */
    void create(Generation generation, ReadModelSchema schema, boolean withIndexes) {
        try (Connection connection = dataSource.getConnection()) {
            Vendor vendor = Vendor.of(connection);
            try (Statement sql = connection.createStatement()) {
                sql.execute(vendor.dropSchema(generation.schema()));
                sql.execute("CREATE SCHEMA " + generation.schema());
                searchPath.forget(connection);
                sql.execute(vendor.createIn(generation.schema()));
                try {
                    for (String statement : withIndexes ? concat(schema.tables(vendor), schema.indexes(vendor))
                            : schema.tables(vendor)) {
                        sql.execute(statement);
                    }
                } finally {
                    sql.execute(vendor.createIn("public"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the tables of " + generation.schema() + ": " + e.getMessage(), e);
        }
    }

    /** The read model's secondary indexes, on the generation's (loaded) tables. */
    void createIndexes(Generation generation, ReadModelSchema schema) {
        try (Connection connection = dataSource.getConnection()) {
            Vendor vendor = Vendor.of(connection);
            try (Statement sql = connection.createStatement()) {
                searchPath.forget(connection);
                sql.execute(vendor.createIn(generation.schema()));
                try {
                    for (String statement : schema.indexes(vendor)) {
                        sql.execute(statement);
                    }
                } finally {
                    sql.execute(vendor.createIn("public"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot index the tables of " + generation.schema() + ": " + e.getMessage(), e);
        }
    }

    void drop(Generation generation) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(Vendor.of(connection).dropSchema(generation.schema()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop " + generation.schema() + ": " + e.getMessage(), e);
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
