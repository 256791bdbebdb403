package io.kontor.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one spelling of each value the API accepts in paths, query parameters and merge patches. The
 * JDK is more forgiving than a contract should be: {@code UUID.fromString} takes {@code 1-2-3-4-5},
 * Spring trims blanks off an id and reads {@code asOf=12345} as epoch milliseconds.
 */
public final class StrictFormats {

    private static final Pattern UUID_SHAPE =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern INSTANT_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.+");

    private StrictFormats() {
    }

    /** A UUID in its canonical 8-4-4-4-12 hex form (either case); {@code null} for anything else. */
    public static UUID uuid(String text) {
        return text != null && UUID_SHAPE.matcher(text).matches() ? UUID.fromString(text) : null;
    }

    /** An ISO-8601 instant with its offset ({@code 2026-03-31T23:59:59Z}); {@code null} for anything else. */
    public static Instant instant(String text) {
        if (text == null || !INSTANT_SHAPE.matcher(text).matches()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An ISO-8601 date ({@code 2026-03-31}); {@code null} for anything else. */
    public static LocalDate date(String text) {
        if (text == null || text.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
