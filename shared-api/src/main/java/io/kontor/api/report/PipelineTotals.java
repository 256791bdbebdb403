package io.kontor.api.report;

import io.kontor.api.common.Money;

import java.util.List;

/** All open opportunities of a row, whatever their stage. */
public record PipelineTotals(long count, List<Money> value, List<Money> weightedValue) {
}
