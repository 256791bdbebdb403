package io.kontor.imports.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A CSV file read into a header and rows. {@code delimiter} is what the file used; it also says how its
 * numbers and dates are written (see {@link Dialect}).
 */
public record CsvTable(List<String> header, List<Row> rows, char delimiter) {

    /** One record: the line it starts on (the header is line 1) and its values, one per column. */
    public record Row(int line, List<String> values) {
    }

    /** The index of the column named {@code name}, compared without case and surrounding blanks. */
    public Optional<Integer> column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public Dialect dialect() {
        return delimiter == ',' ? Dialect.POINT_DECIMAL : Dialect.COMMA_DECIMAL;
    }
}
