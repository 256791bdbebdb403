package io.kontor.query.figures;

import io.kontor.api.opportunity.OpportunityStatus;

import java.math.BigDecimal;

/**
 * What one opportunity adds to its account's figures in its currency: an open one its value to the
 * pipeline and value x probability / 100 (kept exact) to the weighted pipeline, a won one its value to
 * the won figure, a lost one nothing.
 */
public record Contribution(String currency, long open, BigDecimal pipeline, BigDecimal weighted, long wonCount,
                           BigDecimal won) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Contribution of(OpportunityStatus status, BigDecimal amount, String currency, int probability) {
        return switch (status) {
            case OPEN -> new Contribution(currency, 1, amount, weighted(amount, probability), 0, BigDecimal.ZERO);
            case WON -> new Contribution(currency, 0, BigDecimal.ZERO, BigDecimal.ZERO, 1, amount);
            case LOST -> new Contribution(currency, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO);
        };
    }

    public static BigDecimal weighted(BigDecimal amount, int probability) {
        return amount.multiply(BigDecimal.valueOf(probability)).divide(HUNDRED);
    }

    /** Nothing, in the currency: what sums start from. */
    public static Contribution none(String currency) {
        return new Contribution(currency, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO);
    }

    /** This and {@code other} together (same currency). */
    public Contribution plus(Contribution other) {
        return new Contribution(currency, open + other.open, pipeline.add(other.pipeline), weighted.add(other.weighted),
                wonCount + other.wonCount, won.add(other.won));
    }

    public Contribution negate() {
        return new Contribution(currency, -open, pipeline.negate(), weighted.negate(), -wonCount, won.negate());
    }

    public boolean isZero() {
        return open == 0 && wonCount == 0 && pipeline.signum() == 0 && weighted.signum() == 0 && won.signum() == 0;
    }
}
