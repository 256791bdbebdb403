package io.kontor.imports.record;

import io.kontor.imports.text.Dialect;

import java.util.Locale;
import java.util.Map;

/**
 * One record of a source file as field name to text, whatever the file's format (a CSV row, a node of an
 * sfdx tree): field names are compared without case, as Salesforce's API names are case-insensitive and
 * Data Loader writes them in capitals.
 */
public record SourceRow(SourcePosition at, Map<String, String> fields, Dialect dialect) {

    /** The field's text, stripped; {@code null} when it is absent or blank. */
    public String get(String field) {
        String value = fields.get(field.toLowerCase(Locale.ROOT));
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The first of the fields that has a value. */
    public String first(String... names) {
        for (String name : names) {
            String value = get(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    public boolean has(String field) {
        return fields.containsKey(field.toLowerCase(Locale.ROOT));
    }

    /** {@code true}, {@code 1}, {@code yes} (and {@code ja}, {@code tak}) as exports and spreadsheets write it. */
    public boolean flag(String field) {
        String value = get(field);
        return value != null && switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "y", "ja", "tak", "wahr", "waar" -> true;
            default -> false;
        };
    }
}
