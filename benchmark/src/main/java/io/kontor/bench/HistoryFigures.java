package io.kontor.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A service on a store that holds history: the synthetic history is written into its stopped database,
 * the service builds its read models from it as it starts, replays them all, and catches up with more
 * history written while it was stopped (the live projections' own path, event by event).
 */
final class HistoryFigures {

    /** How to start the service that reads the history, and who administers it. */
    record Node(Path jar, List<String> arguments, Map<String, String> environment, String admin, String password) {

        Service start() {
            return Service.start(jar, arguments, environment);
        }

        Client administrator(Service service) {
            return service.client(admin, password);
        }
    }

    private final Report report;
    private final Node node;
    private final String url;
    private final String user;
    private final SyntheticHistory history = new SyntheticHistory();
    private long stored;

    /** {@code url} and {@code user} reach the node's database directly, to write history while it is stopped. */
    HistoryFigures(Report report, Node node, String url, String user) {
        this.report = report;
        this.node = node;
        this.url = url;
        this.user = user;
    }

    long stored() {
        return stored;
    }

    Instant middle() {
        return history.middle();
    }

    /** Migrates an empty store, writes the history into it and starts the service, which builds every read model from it. */
    Service startOnHistory(int events, double rawReadRate, String database) throws Exception {
        Service service = startUnbuilt(events, database);
        long began = System.nanoTime();
        stored = awaitCaughtUp(node.administrator(service));
        double seconds = (System.nanoTime() - began) / 1e9;
        report.add(new Figure(database + ": read models built in bulk at start from the stored history", stored / seconds, "events/s",
                rawReadRate, null, true, String.format("%,d events in %.1f s after the service answered its health check",
                        stored, seconds)));
        return service;
    }

    /**
     * The start that migrated the empty store also built (empty) read models, and left the live projections'
     * token at the store's empty head. Without those generations and with the token at the head of the history
     * just written, the next start is that of a service whose read models are all new (as after adding a read
     * model to a service with a long history): it builds every one in bulk, and the live projections go on
     * from the head. (A token left behind would have the live projections consume the history event by event
     * while the first generations are built, and the builds switch as soon as they reach that token.)
     */
    private void forgetReadModels() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, ""); Statement statement = connection.createStatement()) {
            List<String> schemas = new ArrayList<>();
            try (var rows = statement.executeQuery("SELECT schema_name FROM read_model_generation")) {
                while (rows.next()) {
                    schemas.add(rows.getString(1));
                }
            }
            for (String schema : schemas) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            statement.execute("DELETE FROM read_model_generation");
            long head;
            try (var rows = statement.executeQuery("SELECT MAX(global_index) FROM domain_event_entry")) {
                head = rows.next() ? rows.getLong(1) : 0;
            }
            try (var update = connection.prepareStatement("UPDATE token_entry SET token = ?, token_type = ?, owner = NULL "
                    + "WHERE processor_name = 'projections'")) {
                update.setBytes(1, ("{\"index\":" + head + ",\"gaps\":[]}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                // An empty store's token is empty (no type); this one is Axon's gap-aware token at the head.
                update.setString(2, "org.axonframework.eventhandling.GapAwareTrackingToken");
                update.executeUpdate();
            }
        }
    }

    /** Migrates an empty store, writes the history into it and starts the service, without waiting for its read models. */
    Service startUnbuilt(int events, String database) throws Exception {
        node.start().close();
        Bench.phase(database + ": writing " + events + " events of synthetic history");
        history.write(url, user, "", events);
        forgetReadModels();
        Bench.phase(database + ": the service starts on " + events + " events and builds its read models");
        return node.start();
    }

    /** Replays every read model in one pass and waits until each has switched to its new generation; its events/s. */
    double replay(Service service, double rawReadRate, String database, double target) {
        Bench.phase(database + ": replay of every read model");
        Client admin = node.administrator(service);
        long head = awaitCaughtUp(admin);
        Map<String, Integer> before = generations(admin);
        service.startSampling(admin);
        MachineCpu cpuBefore = MachineCpu.now();
        long began = System.nanoTime();
        Client.Answer started = admin.post("/api/admin/projections/replay", "");
        if (started.status() != 202) {
            throw new IllegalStateException("replay refused: " + started.status() + " " + started.body());
        }
        while (!switched(admin, before)) {
            Service.pause(50);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        MachineCpu cpuAfter = MachineCpu.now();
        long heap = service.stopSampling();
        report.add(new Figure(database + ": full replay into all projections", head / seconds, "events/s", rawReadRate, target,
                true, String.format("%,d events in %.1f s, into new generations while the live ones answered; "
                        + "limit: raw in-order read of the event table", head, seconds)));
        report.add(new Figure(database + ": replay of " + String.format("%,d", head) + " events, until the switch", seconds, "s",
                null, head >= 1_000_000 && database.equals("postgresql") ? 60.0 : null, false, null));
        double cpuPerEvent = cpuAfter.busySecondsSince(cpuBefore) * 1e6 / head;
        report.add(new Figure(database + ": replay CPU per event, whole machine", cpuPerEvent,
                "us", null, null, false, Math.round(cpuAfter.utilisationSince(cpuBefore) * 100) + "% of "
                + Runtime.getRuntime().availableProcessors() + " cores busy"));
        PrivacyFigures.shareOfReplay(report, database, history.personalEvents(), head, cpuPerEvent);
        report.add(new Figure(database + ": peak heap used during the replay", heap / 1048576.0, "MB", null, null, false, null));
        IntegrityFigures.verify(admin, report, database, "after the replay");
        return head / seconds;
    }

    /** More history written while the service is stopped; the live projections catch up on it event by event. */
    void catchUp(int events) throws Exception {
        if (events == 0) {
            return;
        }
        history.write(url, user, "", events);
        Bench.phase("history: the live projections catch up on " + events + " events");
        try (Service service = node.start()) {
            Client admin = node.administrator(service);
            stored = CatchUpFigures.measure(report, admin, events);
            Client.Answer file = admin.get("/actuator/metrics/kontor.h2.file.size");
            if (file.status() == 200) {
                double bytes = file.json().path("measurements").path(0).path("value").asDouble();
                report.add(new Figure("standalone: database file per stored event while running", bytes / stored, "bytes", null,
                        null, false, String.format("%,.0f MB before the clean stop rewrites it", bytes / 1048576.0)));
            }
        }
    }

    static long awaitCaughtUp(Client admin) {
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
            Service.pause(50);
        }
    }

    private static Map<String, Integer> generations(Client admin) {
        Map<String, Integer> generations = new HashMap<>();
        admin.get("/api/admin/projections").json().forEach(projection ->
                generations.put(projection.path("name").asText(), projection.path("generation").asInt()));
        return generations;
    }

    private static boolean switched(Client admin, Map<String, Integer> before) {
        for (JsonNode projection : admin.get("/api/admin/projections").json()) {
            String name = projection.path("name").asText();
            if (!projection.path("status").asText().equals("RUNNING") || projection.path("generation").asInt() <= before.get(name)) {
                return false;
            }
        }
        return true;
    }
}
