package io.kontor.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kontor.api.common.Patch;
import io.kontor.api.common.Violations;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a JSON merge-patch body (RFC 7396): a field that is absent is kept, a field set to
 * {@code null} is cleared, anything else replaces the value. Type errors and unknown fields are
 * collected and thrown together by {@link #finish()}.
 */
public final class PatchDocument {

    private final ObjectNode body;
    private final Violations violations = new Violations();

    public PatchDocument(JsonNode body, Set<String> fields) {
        if (body == null || !body.isObject()) {
            violations.add("body", "must be a JSON object").throwIfAny();
        }
        this.body = (ObjectNode) body;
        for (Iterator<String> names = this.body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                violations.add(name, "is not a field that can be changed here");
            }
        }
    }

    public Patch<String> text(String field) {
        return read(field, node -> node.isTextual() ? node.textValue() : null, "a string");
    }

    public Patch<UUID> uuid(String field) {
        return read(field, node -> node.isTextual() ? parseUuid(node.textValue()) : null, "a UUID");
    }

    public Patch<java.time.LocalDate> date(String field) {
        return read(field, node -> node.isTextual() ? StrictFormats.date(node.textValue()) : null,
                "an ISO-8601 date such as 2026-03-31");
    }

    public Patch<Integer> integer(String field) {
        return read(field, node -> node.isInt() ? node.intValue() : null, "a whole number");
    }

    public Patch<JsonNode> node(String field) {
        return read(field, node -> node, "a JSON value");
    }

    public <E extends Enum<E>> Patch<E> enumValue(String field, Class<E> type) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return read(field, node -> node.isTextual() ? parseEnum(type, node.textValue()) : null, "one of " + allowed);
    }

    /** Notes a violation if the field was not sent at all; {@code null} counts as sent. */
    public <T> Patch<T> required(String field, Patch<T> value, String message) {
        if (!value.isSet() && !body.has(field)) {
            violations.add(field, message);
        }
        return value;
    }

    /** Throws every problem found while reading, as one 400. */
    public void finish() {
        violations.throwIfAny();
    }

    private <T> Patch<T> read(String field, Function<JsonNode, T> reader, String expected) {
        JsonNode node = body.get(field);
        if (node == null) {
            return Patch.keep();
        }
        if (node.isNull()) {
            return Patch.set(null);
        }
        T value = reader.apply(node);
        if (value == null) {
            violations.add(field, "must be " + expected);
            return Patch.keep();
        }
        return Patch.set(value);
    }

    private static UUID parseUuid(String text) {
        return StrictFormats.uuid(text);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
