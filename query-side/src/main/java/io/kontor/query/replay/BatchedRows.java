package io.kontor.query.replay;

import io.kontor.query.readmodel.BulkRows;
import io.kontor.query.readmodel.Vendor;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of a bulk fold, inserted in large batches into the generation the current transaction points
 * at: {@code COPY} on PostgreSQL (the fastest way in), JDBC batches on H2.
 */
final class BatchedRows implements BulkRows {

    private static final int FLUSH_AT = 10_000;

    private final JdbcTemplate jdbc;
    private final Vendor vendor;
    private final Map<String, Batch> batches = new LinkedHashMap<>();
    private long written;

    BatchedRows(JdbcTemplate jdbc, Vendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    private record Batch(String table, List<String> columns, List<Object[]> rows) {
    }

    @Override
    public void add(String table, List<String> columns, Object... values) {
        Batch batch = batches.computeIfAbsent(table + columns, key -> new Batch(table, columns, new ArrayList<>()));
        batch.rows().add(values);
        if (batch.rows().size() >= FLUSH_AT) {
            write(batch);
        }
    }

    /** Inserts every row handed over so far; runs in the caller's transaction. */
    void flush() {
        batches.values().forEach(this::write);
    }

    long written() {
        return written;
    }

    private void write(Batch batch) {
        if (batch.rows().isEmpty()) {
            return;
        }
        if (vendor == Vendor.POSTGRESQL) {
            copy(batch);
        } else {
            jdbc.batchUpdate("INSERT INTO " + batch.table() + " (" + String.join(", ", batch.columns()) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(batch.columns().size(), "?")) + ")", batch.rows());
        }
        written += batch.rows().size();
        batch.rows().clear();
    }

    private void copy(Batch batch) {
        StringBuilder csv = new StringBuilder(batch.rows().size() * 128);
        for (Object[] row : batch.rows()) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                CsvValues.append(csv, row[i]);
            }
            csv.append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(jdbc.getDataSource());
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + batch.table() + " ("
                    + String.join(", ", batch.columns()) + ") FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot copy rows into " + batch.table() + ": " + e.getMessage(), e);
        }
    }
}
