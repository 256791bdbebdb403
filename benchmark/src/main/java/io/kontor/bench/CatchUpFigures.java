package io.kontor.bench;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The live projections catching up on history written while the service was stopped, event by event: the rate,
 * and the machine's CPU per event over the whole catch-up and over its second half, when the JIT has compiled
 * the projections' hot paths (as in a service that has run a while; in the first half the compiler threads take
 * a large share of the machine).
 */
final class CatchUpFigures {

    private CatchUpFigures() {
    }

    /** Measures a catch-up of {@code events} that has just begun; returns the head it reached. */
    static long measure(Report report, Client admin, int events) {
        MachineCpu cpuBefore = MachineCpu.now();
        long began = System.nanoTime();
        long secondHalf = awaitLagAtMost(admin, events / 2);
        MachineCpu cpuHalf = MachineCpu.now();
        long half = System.nanoTime();
        long head = HistoryFigures.awaitCaughtUp(admin);
        long ended = System.nanoTime();
        MachineCpu cpuEnd = MachineCpu.now();
        double seconds = (ended - began) / 1e9;
        report.add(new Figure("live projections: catch-up, every read model", events / seconds, "events/s", null, null,
                true, String.format("%,d events in %.1f s, one processor applying each to every read model", events, seconds)));
        report.add(new Figure("live projections: CPU per event, every read model", cpuEnd.busySecondsSince(cpuBefore) * 1000 / events,
                "ms", null, 0.3, false, "whole machine while only the projections ran, from the service's start"));
        if (secondHalf > 0) {
            report.add(new Figure("live projections: CPU per event, second half of the catch-up",
                    cpuEnd.busySecondsSince(cpuHalf) * 1000 / secondHalf, "ms", null, 0.3, false,
                    String.format("%,d events at %,.0f events/s, after the JIT's first compilations", secondHalf,
                            secondHalf / ((ended - half) / 1e9))));
        }
        return head;
    }

    /** Waits until every projection is at most {@code lag} events behind the head; returns the largest lag then. */
    private static long awaitLagAtMost(Client admin, long lag) {
        while (true) {
            long behind = 0;
            for (JsonNode projection : admin.get("/api/admin/projections").json()) {
                behind = Math.max(behind, projection.path("lag").asLong());
            }
            if (behind <= lag) {
                return behind;
            }
            Service.pause(50);
        }
    }
}
