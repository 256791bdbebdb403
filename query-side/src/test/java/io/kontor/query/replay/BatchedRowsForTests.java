package io.kontor.query.replay;

import io.kontor.query.readmodel.BulkRows;
import io.kontor.query.readmodel.Vendor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.function.Consumer;

/** Rows a fold hands over, inserted into an H2 database as a rebuild inserts them. */
public final class BatchedRowsForTests {

    private BatchedRowsForTests() {
    }

    public static void write(JdbcTemplate jdbc, Consumer<BulkRows> fold) {
        BatchedRows rows = new BatchedRows(jdbc, Vendor.H2);
        fold.accept(rows);
        rows.flush();
    }
}
