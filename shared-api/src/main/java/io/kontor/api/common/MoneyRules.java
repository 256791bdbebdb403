package io.kontor.api.common;

import java.math.BigDecimal;
import java.util.Currency;

/** What makes an amount of money acceptable: an ISO 4217 currency, no more decimals than it has, not negative. */
public final class MoneyRules {

    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    private MoneyRules() {
    }

    /** Adds the problems of {@code money} (named {@code field}) to {@code violations}. */
    public static void check(String field, Money money, Violations violations) {
        if (money == null) {
            violations.add(field, "is required");
            return;
        }
        if (!IsoCodes.isCurrency(money.currency())) {
            violations.add(field + ".currency", "must be an ISO 4217 currency code, such as EUR or PLN");
            return;
        }
        int digits = Math.max(Currency.getInstance(money.currency()).getDefaultFractionDigits(), 0);
        if (money.amount().signum() < 0) {
            violations.add(field + ".amount", "must not be negative");
        } else if (money.amount().stripTrailingZeros().scale() > digits) {
            violations.add(field + ".amount", money.currency() + " has " + digits + " decimal places at most");
        } else if (money.amount().compareTo(LIMIT) >= 0) {
            violations.add(field + ".amount", "must be less than " + LIMIT.toPlainString());
        }
    }

    /** Parses the decimal string of the HTTP API; {@code null} (and a violation) when it is not one. */
    public static BigDecimal parseAmount(String field, String amount, Violations violations) {
        if (amount == null || !amount.matches("-?\\d{1,19}(\\.\\d{1,6})?")) {
            violations.add(field + ".amount", "must be a decimal string such as \"12500.00\"");
            return null;
        }
        return new BigDecimal(amount);
    }
}
