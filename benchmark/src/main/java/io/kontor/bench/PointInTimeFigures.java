package io.kontor.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.stream.StreamSupport;

/**
 * Point-in-time reads over a year of history, as an analyst uses them: the pipeline report of every
 * headquarters and one group's hierarchy with its rollups, as they stood half a year ago. Each is
 * computed from the versions valid at that instant, so its cost grows with the history, not only with
 * the present.
 */
final class PointInTimeFigures {

    private static final int WARMUPS = 2;
    private static final int READS = 10;

    private final Report report;

    PointInTimeFigures(Report report) {
        this.report = report;
    }

    /** {@code middle} is an instant inside the history; the busiest headquarters of the report is read as a tree. */
    void measure(Client analyst, Instant middle) {
        Bench.phase("point-in-time reads");
        String asOf = "asOf=" + middle.truncatedTo(ChronoUnit.SECONDS);
        JsonNode rows = analyst.get("/api/reports/pipeline?" + asOf).json().path("headquarters");
        if (rows.isEmpty()) {
            throw new IllegalStateException("no headquarters had a pipeline at " + middle);
        }
        String busiest = StreamSupport.stream(rows.spliterator(), false)
                .max(Comparator.comparingLong(row -> row.path("totals").path("count").asLong()))
                .orElseThrow().path("headquartersId").asText();
        Stats reportReads = Stats.timedReads(analyst, "/api/reports/pipeline?" + asOf, WARMUPS, READS);
        report.add(new Figure("pipeline report as of half a year ago, p50", reportReads.percentileMillis(50), "ms", null, null,
                false, rows.size() + " headquarters"));
        Stats treeReads = Stats.timedReads(analyst, "/api/accounts/" + busiest + "/hierarchy?" + asOf, WARMUPS, READS);
        int accounts = analyst.get("/api/accounts/" + busiest + "/hierarchy?" + asOf).json().path("rollup").path("accounts").asInt();
        report.add(new Figure("hierarchy as of half a year ago, p50", treeReads.percentileMillis(50), "ms", null, null,
                false, accounts + " accounts in the tree then"));
    }
}
