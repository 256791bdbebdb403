package io.kontor.query.replay;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values as PostgreSQL's {@code COPY ... (FORMAT csv)} reads them: null unquoted and empty, text always quoted. */
final class CsvValues {

    private CsvValues() {
    }

    static void append(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal decimal) {
            csv.append(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            csv.append(value);
        } else if (value instanceof Instant instant) {
            csv.append(instant.atOffset(ZoneOffset.UTC));
        } else if (value instanceof Timestamp timestamp) {
            csv.append(timestamp.toInstant().atOffset(ZoneOffset.UTC));
        } else if (value instanceof OffsetDateTime time) {
            csv.append(time);
        } else {
            String text = value.toString();
            csv.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
    }
}
