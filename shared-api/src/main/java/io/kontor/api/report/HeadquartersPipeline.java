package io.kontor.api.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The pipeline of one tree, in total and per account with open opportunities (in tree order). */
public record HeadquartersPipeline(Instant asOf, UUID headquartersId, String name, List<StageFigures> stages,
                                   PipelineTotals totals, List<AccountPipelineRow> accounts) {
}
