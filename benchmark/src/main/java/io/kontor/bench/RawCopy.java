package io.kontor.bench;

import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The raw bulk limit on PostgreSQL: the same rows as {@link RawLimits}' batches, sent with {@code COPY ... FROM STDIN}
 * in CSV as Kontor's rebuild sends its rows there (the CSV built per transaction, as the rebuild builds it per batch).
 */
final class RawCopy {

    private RawCopy() {
    }

    static void transaction(Connection connection, long first, int rows) throws SQLException {
        StringBuilder csv = new StringBuilder(rows * 140);
        for (int i = 0; i < rows; i++) {
            csv.append(new UUID(first + i, 0)).append(",0,2026-11-23T12:00Z,2026-11-24T12:00Z,")
                    .append(new UUID(0, first + i)).append(",\"Zakład Łódź ").append(i).append("\",")
                    .append(BigDecimal.valueOf(i, 2).toPlainString()).append('\n');
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY raw_row (id, sequence_number, valid_from, valid_to, "
                    + "parent_id, name, amount) FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("cannot copy the raw rows", e);
        }
        connection.commit();
    }
}
