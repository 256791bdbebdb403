package io.kontor.api.report;

import java.time.Instant;
import java.util.List;

/** One row per headquarters with open opportunities, sorted by name, and the totals of all rows. */
public record PipelineReport(Instant asOf, List<HeadquartersPipelineRow> headquarters, List<StageFigures> stages,
                             PipelineTotals totals) {
}
