package io.kontor.bench;

import com.fasterxml.jackson.databind.JsonNode;

/** The service's own check of the event log's hash chains ({@code GET /api/audit/integrity}), timed by the service. */
final class IntegrityFigures {

    private IntegrityFigures() {
    }

    static void verify(Client admin, Report report, String database, String when) {
        Client.Answer verified = admin.get("/api/audit/integrity");
        JsonNode integrity = verified.json();
        if (!integrity.path("valid").asBoolean()) {
            throw new IllegalStateException("the event log does not verify: " + verified.body());
        }
        double seconds = integrity.path("durationMillis").asLong() / 1000.0;
        long checked = integrity.path("eventsChecked").asLong();
        report.add(new Figure(database + ": integrity check of " + String.format("%,d", checked) + " events (hash chains)",
                seconds, "s", null, checked >= 1_000_000 ? 30.0 * checked / 1_000_000 : null, false,
                String.format("%,.0f events/s, %s; target: 1,000,000 events in under 30 s", checked / Math.max(seconds, 0.001),
                        when)));
    }
}
