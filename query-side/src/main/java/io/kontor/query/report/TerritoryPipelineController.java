package io.kontor.query.report;

import io.kontor.api.report.TerritoryPipeline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

@RestController
@Tag(name = "Reports", description = "Pipeline per headquarters")
public class TerritoryPipelineController {

    private final TerritoryPipelines pipelines;

    public TerritoryPipelineController(TerritoryPipelines pipelines) {
        this.pipelines = pipelines;
    }

    @GetMapping(path = "/api/reports/pipeline/territories", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One row per territory (with its sub-territories), in tree order: per stage count, value and "
            + "weighted value per currency, plus totals; and the pipeline on accounts of no territory")
    public TerritoryPipeline report(@Parameter(description = "ISO-8601 instant: the territories and pipeline of then")
                                    @RequestParam(required = false) Instant asOf) {
        return pipelines.report(asOf);
    }
}
