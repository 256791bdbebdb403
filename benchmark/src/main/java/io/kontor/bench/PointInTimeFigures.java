package io.kontor.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Point-in-time reads over a year of history, as an analyst uses them: the pipeline report of every
 * headquarters and one group's hierarchy with its rollups, as they stood half a year ago. Each is
 * computed from the versions valid at that instant, so its cost grows with the history, not only with
 * the present.
 */
final class PointInTimeFigures {

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
        String busiest = rows.get(0).path("headquartersId").asText();
        int mostOpen = -1;
        for (JsonNode row : rows) {
            int open = row.path("totals").path("count").asInt();
            if (open > mostOpen) {
                mostOpen = open;
                busiest = row.path("headquartersId").asText();
            }
        }
        Stats reportReads = timed(analyst, "/api/reports/pipeline?" + asOf);
        report.add(new Figure("pipeline report as of half a year ago, p50", reportReads.percentileMillis(50), "ms", null, null,
                false, rows.size() + " headquarters"));
        Stats treeReads = timed(analyst, "/api/accounts/" + busiest + "/hierarchy?" + asOf);
        int accounts = analyst.get("/api/accounts/" + busiest + "/hierarchy?" + asOf).json().path("rollup").path("accounts").asInt();
        report.add(new Figure("hierarchy as of half a year ago, p50", treeReads.percentileMillis(50), "ms", null, null,
                false, accounts + " accounts in the tree then"));
    }

    private static Stats timed(Client analyst, String path) {
        Stats latencies = new Stats();
        for (int i = 0; i < READS + 2; i++) {
            long began = System.nanoTime();
            Client.Answer answer = analyst.get(path);
            if (answer.status() != 200) {
                throw new IllegalStateException(path + " failed: " + answer);
            }
            if (i >= 2) {
                latencies.add(System.nanoTime() - began);
            }
        }
        return latencies;
    }
}
