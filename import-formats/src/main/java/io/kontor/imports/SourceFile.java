package io.kontor.imports;

/** An uploaded file: its name (may be null for a raw body), content, and the character set its sender declared (or null). */
public record SourceFile(String name, byte[] content, String charset) {
}
