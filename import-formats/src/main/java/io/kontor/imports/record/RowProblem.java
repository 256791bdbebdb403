package io.kontor.imports.record;

/**
 * Something wrong with one row (or, without a type, with the whole file): where, which field of the
 * source (its own column name, such as {@code BillingCountry}), and what.
 */
public record RowProblem(SourcePosition at, RecordType type, String field, String message) {
}
