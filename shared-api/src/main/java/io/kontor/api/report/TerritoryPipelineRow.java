package io.kontor.api.report;

import java.util.List;
import java.util.UUID;

/** The open pipeline of a territory and its sub-territories, per stage and in total. */
public record TerritoryPipelineRow(UUID territoryId, String name, UUID parentId, int depth, List<StageFigures> stages,
                                   PipelineTotals totals) {
}
