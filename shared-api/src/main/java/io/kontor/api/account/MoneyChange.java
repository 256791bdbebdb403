package io.kontor.api.account;

import java.math.BigDecimal;

/** One currency's amount at both ends of an interval and the difference ({@code after - before}). */
public record MoneyChange(String currency, BigDecimal before, BigDecimal after, BigDecimal change) {
}
