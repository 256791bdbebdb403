package io.kontor.api.report;

import java.util.List;
import java.util.UUID;

/** The pipeline of one account of a tree (its own opportunities), with its place in the tree. */
public record AccountPipelineRow(UUID accountId, String name, UUID parentId, int depth, List<StageFigures> stages,
                                 PipelineTotals totals) {
}
