package io.kontor.imports.text;

/**
 * How a file writes numbers and dates, told by its CSV delimiter: a comma-separated file comes from a
 * tool or an English spreadsheet ({@code 12,500.00}, {@code 3/15/2024}); a semicolon-separated one from
 * a spreadsheet in Poland, Germany or the Netherlands, where the comma is the decimal separator
 * ({@code 12.500,00}, {@code 15.03.2024}, {@code 15-03-2024}). JSON files use the tools' own forms.
 */
public enum Dialect {
    POINT_DECIMAL,
    COMMA_DECIMAL
}
