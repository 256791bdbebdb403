package io.kontor.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a value of a Java type looks like to a client of the JSON API. Error details speak of "a UUID"
 * or "one of OPEN, CLOSED", never of the class that happens to hold the value.
 */
public final class ClientTerms {

    private ClientTerms() {
    }

    public static String describe(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == Byte.class || type == byte.class
                || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "an ISO-8601 instant such as 2026-03-31T23:59:59Z";
        }
        if (type == LocalDate.class) {
            return "an ISO-8601 date such as 2026-03-31";
        }
        if (type == LocalDateTime.class) {
            return "an ISO-8601 date and time such as 2026-03-31T23:59:59";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "a JSON object";
        }
        return "a valid value";
    }
}
