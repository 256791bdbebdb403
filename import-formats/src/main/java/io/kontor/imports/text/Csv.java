package io.kontor.imports.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 describes it and as Excel, Salesforce and HubSpot write it: fields may be quoted,
 * quoted fields may hold delimiters, doubled quotes and line breaks; lines end in CRLF, LF or CR. The
 * delimiter (comma, semicolon or tab) is the one the header uses most outside quotes, unless Excel's
 * {@code sep=;} first line names it. Blank lines are skipped; short rows are padded with empty values.
 */
public final class Csv {

    private static final char[] DELIMITERS = {',', ';', '\t'};

    private Csv() {
    }

    public static CsvTable parse(String file, String text) {
        int start = 0;
        int line = 1;
        Character declared = null;
        if (text.regionMatches(true, 0, "sep=", 0, 4) && text.length() > 4) {
            declared = text.charAt(4);
            start = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n') + 1;
            line = 2;
        }
        char delimiter = declared != null ? declared : detectDelimiter(text, start);
        List<CsvTable.Row> records = new Reader(file, text, start, line, delimiter).readAll();
        if (records.isEmpty()) {
            throw new UnreadableFileException(file, "the file has no header line; expected a CSV export with the "
                    + "field names in its first line");
        }
        List<String> header = records.get(0).values().stream().map(String::strip).toList();
        List<CsvTable.Row> rows = new ArrayList<>(records.size() - 1);
        for (CsvTable.Row row : records.subList(1, records.size())) {
            List<String> values = new ArrayList<>(row.values());
            while (values.size() < header.size()) {
                values.add("");
            }
            rows.add(new CsvTable.Row(row.line(), values));
        }
        return new CsvTable(header, rows, delimiter);
    }

    private static char detectDelimiter(String text, int start) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    /** The state machine over the text: one record at a time, remembering the line each record starts on. */
    private static final class Reader {
        private final String file;
        private final String text;
        private final char delimiter;
        private int position;
        private int line;

        Reader(String file, String text, int start, int line, char delimiter) {
            this.file = file;
            this.text = text;
            this.position = start;
            this.line = line;
            this.delimiter = delimiter;
        }

        List<CsvTable.Row> readAll() {
            List<CsvTable.Row> records = new ArrayList<>();
            while (position < text.length()) {
                int startLine = line;
                List<String> values = readRecord();
                if (!(values.size() == 1 && values.get(0).isBlank())) {
                    records.add(new CsvTable.Row(startLine, values));
                }
            }
            return records;
        }

        private List<String> readRecord() {
            List<String> values = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int quoteLine = line;
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (quoted) {
                    if (c == '"') {
                        if (position < text.length() && text.charAt(position) == '"') {
                            field.append('"');
                            position++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n' || (c == '\r' && !nextIs('\n'))) {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == '"' && field.chars().allMatch(Character::isWhitespace)) {
                    field.setLength(0);
                    quoted = true;
                    quoteLine = line;
                } else if (c == delimiter) {
                    values.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && nextIs('\n')) {
                        position++;
                    }
                    line++;
                    values.add(field.toString());
                    return values;
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                throw new UnreadableFileException(file, "the quoted field that starts on line " + quoteLine
                        + " is never closed; expected CSV with every opening quote closed (a quote inside a field is written twice)");
            }
            values.add(field.toString());
            return values;
        }

        private boolean nextIs(char expected) {
            return position < text.length() && text.charAt(position) == expected;
        }
    }
}
