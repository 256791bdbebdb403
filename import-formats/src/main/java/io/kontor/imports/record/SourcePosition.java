package io.kontor.imports.record;

/** Where a record starts: the file's name and the line (1 is a CSV file's header). */
public record SourcePosition(String file, int line) {
}
