package io.kontor.query.readmodel;

import io.kontor.platform.testing.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A migrated H2 in memory with the tables of the given read models in its default schema: what a
 * projection test writes to and reads from, without Spring and without generations.
 */
public final class ReadModelDatabases {

    private ReadModelDatabases() {
    }

    public static JdbcTemplate h2(String... readModels) {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.h2());
        for (String readModel : readModels) {
            ReadModelSchema schema = ReadModelSchema.of(readModel);
            schema.tables(Vendor.H2).forEach(jdbc::execute);
            schema.indexes(Vendor.H2).forEach(jdbc::execute);
        }
        return jdbc;
    }
}
