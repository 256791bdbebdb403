package io.kontor.query.readmodel;

import java.util.List;

/** Where a {@link BulkFold} puts its rows: collected and inserted in large batches. */
public interface BulkRows {

    /** One row of {@code table}, its values in the order of {@code columns}. */
    void add(String table, List<String> columns, Object... values);
}
