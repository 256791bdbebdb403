package io.kontor.api.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one ISO 4217 currency. Amounts are exact decimals scaled to the currency's minor
 * unit (two places for EUR, none for JPY); currencies are never mixed or converted.
 */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency).scaled();
    }

    /** The same amount at the currency's own number of decimal places (rounding half-even if needed). */
    public Money scaled() {
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        return new Money(amount.setScale(digits, RoundingMode.HALF_EVEN), currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }
}
