package io.kontor.api.report;

import java.util.List;
import java.util.UUID;

public record HeadquartersPipelineRow(UUID headquartersId, String name, List<StageFigures> stages, PipelineTotals totals) {
}
