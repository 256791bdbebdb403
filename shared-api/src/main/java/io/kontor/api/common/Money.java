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

    /**
     * The same amount written with the currency's own number of decimal places ({@code 12500} EUR becomes
     * {@code 12500.00}). Never rounds: an amount with more places, or an unknown currency, is returned as
     * it is, for {@link MoneyRules} to refuse.
     */
    public Money scaled() {
        if (!IsoCodes.isCurrency(currency)) {
            return this;
        }
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        return amount.stripTrailingZeros().scale() > digits ? this
                : new Money(amount.setScale(digits, RoundingMode.UNNECESSARY), currency);
    }

    /** Rounds half-even to the currency's decimal places: for derived figures such as weighted values. */
    public Money rounded() {
        int digits = IsoCodes.isCurrency(currency)
                ? Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0) : amount.scale();
        return new Money(amount.setScale(digits, RoundingMode.HALF_EVEN), currency);
    }
}
