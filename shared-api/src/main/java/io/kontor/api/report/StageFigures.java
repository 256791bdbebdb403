package io.kontor.api.report;

import io.kontor.api.common.Money;
import io.kontor.api.opportunity.Stage;

import java.util.List;

/** Open opportunities at one stage: how many, their value and their weighted value, per currency. */
public record StageFigures(Stage stage, long count, List<Money> value, List<Money> weightedValue) {
}
