package io.kontor.api.common;

/** One invalid field of a request: the field's name as the client sent it, and what is wrong. */
public record FieldViolation(String field, String message) {
}
