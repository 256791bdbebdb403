package io.kontor.imports.text;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalNumbersAndDatesTest {

    @Test
    void readsNumbersAsToolsAndSpreadsheetsInEachCountryWriteThem() {
        assertThat(decimal("12500.0", Dialect.POINT_DECIMAL)).isEqualByComparingTo("12500");
        assertThat(decimal("1.25E4", Dialect.POINT_DECIMAL)).isEqualByComparingTo("12500");
        assertThat(decimal("12,500.50", Dialect.POINT_DECIMAL)).isEqualByComparingTo("12500.50");
        assertThat(decimal("12.500,50", Dialect.COMMA_DECIMAL)).isEqualByComparingTo("12500.50");
        assertThat(decimal("12\u00A0500,50", Dialect.COMMA_DECIMAL)).isEqualByComparingTo("12500.50");
        assertThat(decimal("1.200", Dialect.COMMA_DECIMAL)).as("grouping in a semicolon file").isEqualByComparingTo("1200");
        assertThat(decimal("1.200", Dialect.POINT_DECIMAL)).as("a decimal in a comma file").isEqualByComparingTo("1.2");
        assertThat(decimal("12500.5", Dialect.COMMA_DECIMAL)).as("not three digits: a decimal point anywhere")
                .isEqualByComparingTo("12500.5");
        assertThat(decimal("1,000,000", Dialect.POINT_DECIMAL)).isEqualByComparingTo("1000000");
        assertThatThrownBy(() -> decimal("twelve", Dialect.POINT_DECIMAL)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void readsAmountsWithTheirCurrencyCodeOrSymbol() {
        assertThat(LocalNumbers.amount("EUR 12.500,00", Dialect.COMMA_DECIMAL).orElseThrow())
                .isEqualTo(new LocalNumbers.Amount(new BigDecimal("12500.00"), "EUR"));
        assertThat(LocalNumbers.amount("12 500,00 zł", Dialect.COMMA_DECIMAL).orElseThrow().currency()).isEqualTo("PLN");
        assertThat(LocalNumbers.amount("$12,500.00", Dialect.POINT_DECIMAL).orElseThrow())
                .isEqualTo(new LocalNumbers.Amount(new BigDecimal("12500.00"), "USD"));
        assertThat(LocalNumbers.amount("40000", Dialect.POINT_DECIMAL).orElseThrow().currency()).isNull();
    }

    @Test
    void readsDatesAsToolsAndSpreadsheetsInEachCountryWriteThem() {
        LocalDate ides = LocalDate.of(2026, 3, 15);
        assertThat(LocalDates.parse("2026-03-15", Dialect.POINT_DECIMAL)).contains(ides);
        assertThat(LocalDates.parse("2026-03-15T10:20:30.000Z", Dialect.POINT_DECIMAL)).contains(ides);
        assertThat(LocalDates.parse("2026-03-15T23:30:00.000-0200", Dialect.POINT_DECIMAL)).as("the UTC date")
                .contains(LocalDate.of(2026, 3, 16));
        assertThat(LocalDates.parse("2026-03-15 10:20", Dialect.POINT_DECIMAL)).as("HubSpot").contains(ides);
        assertThat(LocalDates.parse("15.03.2026", Dialect.COMMA_DECIMAL)).contains(ides);
        assertThat(LocalDates.parse("15-03-2026", Dialect.COMMA_DECIMAL)).contains(ides);
        assertThat(LocalDates.parse("3/15/2026", Dialect.POINT_DECIMAL)).contains(ides);
        assertThat(LocalDates.parse("04/03/2026", Dialect.POINT_DECIMAL)).as("US month first").contains(LocalDate.of(2026, 4, 3));
        assertThat(LocalDates.parse("04/03/2026", Dialect.COMMA_DECIMAL)).as("day first").contains(LocalDate.of(2026, 3, 4));
        assertThat(LocalDates.parse("15.03.26", Dialect.COMMA_DECIMAL)).contains(ides);
        assertThatThrownBy(() -> LocalDates.parse("31.02.2026", Dialect.COMMA_DECIMAL)).hasMessageContaining("not a date");
        assertThatThrownBy(() -> LocalDates.parse("next week", Dialect.COMMA_DECIMAL)).hasMessageContaining("not a date");
    }

    private static BigDecimal decimal(String text, Dialect dialect) {
        return LocalNumbers.decimal(text, dialect).orElseThrow();
    }
}
