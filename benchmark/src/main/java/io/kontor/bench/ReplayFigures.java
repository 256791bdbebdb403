package io.kontor.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Replay speed: a year of synthetic history is written into the stopped service's event store, the
 * service catches up on it, and then every projection is replayed from the first event through the
 * admin API; events per second are all stored events over the time until every projection is back.
 */
final class ReplayFigures {

    private final int events;
    private final Report report;

    ReplayFigures(int events, Report report) {
        this.events = events;
        this.report = report;
    }

    /** Writes the synthetic history into the stopped service's database, restarts it, lets it catch up, then replays. */
    void measure(List<String> arguments, double rawReadRate, String url) throws Exception {
        Bench.phase("replay: writing " + events + " events of synthetic history");
        new SyntheticHistory().write(url, "kontor", "", events);
        try (Service service = Service.start(Bench.STANDALONE, arguments, Map.of(), "512m")) {
            Client admin = service.client("admin", "admin");
            long caughtUp = System.nanoTime();
            long head = awaitCaughtUp(admin);
            report.add(new Figure("catch-up after start, all projections", head / ((System.nanoTime() - caughtUp) / 1e9),
                    "events/s", rawReadRate, null, true, head + " events from the last processed position"));
            new PointInTimeFigures(report).measure(service.client("analyst", "analyst"),
                    SyntheticHistory.START.plus(Duration.ofDays(182)));
            replay(service, rawReadRate);
        }
    }

    /** Replays every projection of a running service from its first event, until all are back at the head. */
    void replay(Service service, double rawReadRate) {
        Bench.phase("replay");
        Client admin = service.client("admin", "admin");
        long head = awaitCaughtUp(admin);
        service.startSampling(admin);
        MachineCpu cpuBefore = MachineCpu.now();
        long began = System.nanoTime();
        for (JsonNode projection : admin.get("/api/admin/projections").json()) {
            Client.Answer started = admin.post("/api/admin/projections/" + projection.path("name").asText() + "/replay", "");
            if (started.status() != 202) {
                throw new IllegalStateException("replay of " + projection.path("name").asText() + " refused: " + started.status());
            }
        }
        awaitCaughtUp(admin);
        double seconds = (System.nanoTime() - began) / 1e9;
        MachineCpu cpuAfter = MachineCpu.now();
        long heap = service.stopSampling();
        report.add(new Figure("full replay into all projections", head / seconds, "events/s", rawReadRate, 50_000.0, true,
                head + " events in " + String.format("%.1f", seconds) + " s; limit: raw in-order read of the event table"));
        if (cpuAfter.busySecondsSince(cpuBefore) > 0) {
            report.add(new Figure("replay: CPU per event, whole machine", cpuAfter.busySecondsSince(cpuBefore) * 1e6 / head,
                    "us", null, null, false, Math.round(cpuAfter.utilisationSince(cpuBefore) * 100) + "% of "
                    + Runtime.getRuntime().availableProcessors() + " cores busy during the replay"));
        }
        report.add(new Figure("standalone: peak heap used during replay", heap / 1048576.0, "MB", null, null, false, null));
    }

    private static long awaitCaughtUp(Client admin) {
        while (true) {
            JsonNode projections = admin.get("/api/admin/projections").json();
            boolean done = projections.size() > 0;
            long head = 0;
            for (JsonNode projection : projections) {
                head = projection.path("head").asLong();
                done &= projection.path("status").asText().equals("RUNNING") && projection.path("lag").asLong() == 0;
            }
            if (done) {
                return head;
            }
            Service.pause(100);
        }
    }
}
