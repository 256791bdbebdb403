package io.kontor.api.report;

import java.time.Instant;
import java.util.List;

/**
 * The pipeline per territory, in tree order (each row counts its sub-territories too), with what lies on
 * accounts of no territory; at {@code asOf}: the territories, accounts and opportunities of that instant.
 */
public record TerritoryPipeline(Instant asOf, List<TerritoryPipelineRow> territories, PipelineTotals outsideTerritories) {
}
