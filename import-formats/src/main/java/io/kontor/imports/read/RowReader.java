package io.kontor.imports.read;

import io.kontor.imports.geo.Countries;
import io.kontor.imports.geo.Regions;
import io.kontor.imports.record.ProblemLog;
import io.kontor.imports.record.RecordType;
import io.kontor.imports.record.SourceRow;
import io.kontor.imports.text.LocalDates;
import io.kontor.imports.text.LocalNumbers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads typed values out of one source row and notes every value it cannot read as an error naming the
 * source's field. {@link #failed()} tells whether the row had any: such a row is not imported.
 */
public final class RowReader {

    /** A country and, if one was given, a region in it. */
    public record Location(String country, String region) {
    }

    private final SourceRow row;
    private final RecordType type;
    private final ProblemLog log;
    private boolean failed;

    public RowReader(SourceRow row, RecordType type, ProblemLog log) {
        this.row = row;
        this.type = type;
        this.log = log;
    }

    public SourceRow row() {
        return row;
    }

    public ProblemLog log() {
        return log;
    }

    public String text(String... fields) {
        return row.first(fields);
    }

    /** A value Kontor requires. */
    public String required(String field, String why) {
        String value = row.get(field);
        if (value == null) {
            error(field, "is required" + (why == null ? "" : ": " + why));
        }
        return value;
    }

    public void error(String field, String message) {
        failed = true;
        log.error(row.at(), type, field, message);
    }

    public void warning(String field, String message) {
        log.warning(row.at(), type, field, message);
    }

    public boolean failed() {
        return failed;
    }

    /** Marks the row failed without a message of its own (Kontor's validation already logged it). */
    public void fail() {
        failed = true;
    }

    /**
     * The country in {@code countryField} (a name in the usual languages or an ISO code) and the region in
     * {@code regionField}; a region without a country may settle the country if its name is unique.
     */
    public Location location(String countryField, String regionField) {
        String countryText = row.get(countryField);
        String regionText = row.get(regionField);
        String country = null;
        if (countryText != null) {
            country = Countries.code(countryText).orElse(null);
            if (country == null) {
                error(countryField, "unknown country '" + countryText + "': use a country name (English, Polish, German, "
                        + "Dutch or the country's own) or an ISO 3166 code such as PL or DEU");
                return new Location(null, null);
            }
        }
        if (regionText == null) {
            return new Location(country, null);
        }
        Optional<Regions.Region> region = Regions.find(country, regionText);
        if (region.isEmpty()) {
            error(regionField, "unknown region '" + regionText + "'" + (country == null ? " (no country given)" : " in " + country)
                    + ": use the state or province name or its ISO 3166-2 code, such as PL-14 or DE-NW");
            return new Location(country, null);
        }
        return new Location(region.get().country(), region.get().code());
    }

    public Integer whole(String field) {
        try {
            return LocalNumbers.whole(row.get(field), row.dialect()).orElse(null);
        } catch (NumberFormatException | ArithmeticException e) {
            error(field, "'" + row.get(field) + "' is not a whole number");
            return null;
        }
    }

    /** A percentage such as {@code 60}, {@code 60.0} or {@code 60 %}. */
    public Integer percent(String field) {
        String value = row.get(field);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = LocalNumbers.decimal(value.replace("%", ""), row.dialect()).orElseThrow();
            int percent = number.setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
            if (percent < 0 || percent > 100) {
                error(field, "must be between 0 and 100");
                return null;
            }
            return percent;
        } catch (NumberFormatException | ArithmeticException e) {
            error(field, "'" + value + "' is not a percentage");
            return null;
        }
    }

    public Optional<LocalNumbers.Amount> amount(String field) {
        try {
            return LocalNumbers.amount(row.get(field), row.dialect());
        } catch (NumberFormatException e) {
            error(field, "'" + row.get(field) + "' is not an amount (such as 12500.00, 12.500,00 or 12 500,00 EUR)");
            return Optional.empty();
        }
    }

    public LocalDate date(String field) {
        try {
            return LocalDates.parse(row.get(field), row.dialect()).orElse(null);
        } catch (DateTimeParseException e) {
            error(field, "'" + row.get(field) + "' is not a date (such as 2026-03-31, 31.03.2026 or 3/31/2026)");
            return null;
        }
    }
}
