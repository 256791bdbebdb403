package io.kontor.imports.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the tools and spreadsheets write them: ISO dates and date-times (Salesforce, sfdx, HubSpot's
 * {@code 2024-03-15 10:20}), {@code 2024/03/15}, and day-month-year with dots, dashes or slashes
 * ({@code 15.03.2024}, {@code 15-03-2024}, {@code 15/03/2024}) or, in a comma-separated file, the US
 * month-day-year ({@code 3/15/2024}). A part above 12 settles which is the day. Two-digit years are 2000-2069
 * or 1970-1999. A date-time's date is taken in UTC, as Salesforce stores it.
 */
public final class LocalDates {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern LOCAL_DATE = Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2}|\\d{4})");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{1,2}:\\d{2}.*)");

    private LocalDates() {
    }

    public static Optional<LocalDate> parse(String text, Dialect dialect) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            Matcher dateTime = DATE_TIME.matcher(value);
            if (dateTime.matches()) {
                return Optional.of(dateOf(dateTime.group(1), dateTime.group(2)));
            }
            Matcher iso = ISO_DATE.matcher(value);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher local = LOCAL_DATE.matcher(value);
            if (local.matches()) {
                int first = Integer.parseInt(local.group(1));
                int second = Integer.parseInt(local.group(3));
                int year = year(local.group(4));
                boolean monthFirst = second > 12 || (first <= 12 && "/".equals(local.group(2))
                        && dialect == Dialect.POINT_DECIMAL);
                return Optional.of(monthFirst ? LocalDate.of(year, first, second) : LocalDate.of(year, second, first));
            }
        } catch (DateTimeException e) {
            throw new DateTimeParseException("not a date", value, 0, e);
        }
        throw new DateTimeParseException("not a date", value, 0);
    }

    private static LocalDate dateOf(String date, String time) {
        String zoned = time.replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2");
        if (zoned.endsWith("Z") || zoned.matches(".*[+-]\\d{2}:\\d{2}$")) {
            String withSeconds = zoned.matches("\\d{1,2}:\\d{2}[Z+-].*") ? zoned.replaceFirst("(\\d{1,2}:\\d{2})", "$1:00") : zoned;
            return OffsetDateTime.parse(date + "T" + pad(withSeconds), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(date);
    }

    private static String pad(String time) {
        return time.matches("\\d:.*") ? "0" + time : time;
    }

    private static int year(String text) {
        int year = Integer.parseInt(text);
        if (text.length() == 2) {
            return year < 70 ? 2000 + year : 1900 + year;
        }
        return year;
    }
}
