package io.kontor.query.figures;

import io.kontor.api.opportunity.Stage;
import io.kontor.api.report.PipelineTotals;
import io.kontor.api.report.StageFigures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Open opportunities of one report row, per stage and currency. Weighted values are summed exactly
 * (value x probability / 100) and rounded only when listed.
 */
public final class StageTally {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<Stage, Long> counts = new EnumMap<>(Stage.class);
    private final Map<Stage, MoneyFigures> values = new EnumMap<>(Stage.class);
    private final Map<Stage, MoneyFigures> weighted = new EnumMap<>(Stage.class);

    /** Adds {@code count} opportunities of {@code amount} in total and {@code amountTimesProbability} weighted x 100. */
    public void add(Stage stage, String currency, long count, BigDecimal amount, BigDecimal amountTimesProbability) {
        counts.merge(stage, count, Long::sum);
        values.computeIfAbsent(stage, s -> new MoneyFigures()).add(currency, amount);
        weighted.computeIfAbsent(stage, s -> new MoneyFigures()).add(currency, amountTimesProbability.divide(HUNDRED));
    }

    public void addAll(StageTally other) {
        other.counts.forEach((stage, count) -> counts.merge(stage, count, Long::sum));
        other.values.forEach((stage, figures) -> values.computeIfAbsent(stage, s -> new MoneyFigures()).addAll(figures));
        other.weighted.forEach((stage, figures) -> weighted.computeIfAbsent(stage, s -> new MoneyFigures()).addAll(figures));
    }

    /** Every stage, in pipeline order, also those with nothing in them. */
    public List<StageFigures> stages() {
        List<StageFigures> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            stages.add(new StageFigures(stage, counts.getOrDefault(stage, 0L),
                    values.getOrDefault(stage, new MoneyFigures()).list(),
                    weighted.getOrDefault(stage, new MoneyFigures()).list()));
        }
        return List.copyOf(stages);
    }

    public PipelineTotals totals() {
        MoneyFigures value = new MoneyFigures();
        MoneyFigures weightedValue = new MoneyFigures();
        values.values().forEach(value::addAll);
        weighted.values().forEach(weightedValue::addAll);
        return new PipelineTotals(counts.values().stream().mapToLong(Long::longValue).sum(), value.list(), weightedValue.list());
    }
}
