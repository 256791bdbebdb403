package io.kontor.query.report;

import io.kontor.api.report.FindHeadquartersPipeline;
import io.kontor.api.report.FindPipelineReport;
import io.kontor.api.report.HeadquartersPipeline;
import io.kontor.api.report.PipelineFilter;
import io.kontor.api.report.PipelineReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/reports/pipeline", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reports", description = "Pipeline per headquarters")
public class PipelineReportController {

    private final QueryGateway queries;

    public PipelineReportController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "One row per headquarters with open opportunities: per stage count, value and weighted "
            + "value per currency, plus totals. Filters select the accounts whose opportunities count.")
    public PipelineReport report(@Parameter(description = "the owner of the accounts") @RequestParam(required = false) UUID ownerId,
                                 @RequestParam(required = false) String industry,
                                 @RequestParam(required = false) String country,
                                 @RequestParam(required = false) String region,
                                 @Parameter(description = "only accounts of this territory and its sub-territories (with asOf: "
                                         + "the territories of that instant)") @RequestParam(required = false) UUID territoryId,
                                 @Parameter(description = "ISO-8601 instant: the report as it stood then")
                                 @RequestParam(required = false) Instant asOf) {
        return queries.query(new FindPipelineReport(new PipelineFilter(ownerId, industry, country, region, territoryId), asOf),
                PipelineReport.class).join();
    }

    @GetMapping("/{headquartersId}")
    @Operation(summary = "The same for one tree, broken down per account with open opportunities (any account "
            + "may be given: its subtree is reported)")
    public HeadquartersPipeline tree(@PathVariable UUID headquartersId,
                                     @RequestParam(required = false) UUID ownerId,
                                     @RequestParam(required = false) String industry,
                                     @RequestParam(required = false) String country,
                                     @RequestParam(required = false) String region,
                                     @RequestParam(required = false) UUID territoryId,
                                     @RequestParam(required = false) Instant asOf) {
        return queries.query(new FindHeadquartersPipeline(headquartersId,
                new PipelineFilter(ownerId, industry, country, region, territoryId), asOf), HeadquartersPipeline.class).join();
    }
}
