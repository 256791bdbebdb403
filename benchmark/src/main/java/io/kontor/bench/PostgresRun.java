package io.kontor.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The PostgreSQL topology: command-side and query-side nodes as separate processes on one PostgreSQL
 * server (binaries from Maven) with durable commits, writes spread over the command nodes, freshness
 * measured across processes (NOTIFY wakes the query node).
 */
final class PostgresRun {

    private static final Map<String, String> USERS = Map.of("svc", "svc-bench-secret", "ana", "ana-bench-secret",
            "adm", "adm-bench-secret");

    private final Bench.Scale scale;
    private final int historyEvents;
    private final Path work;
    private final Report report;

    PostgresRun(Bench.Scale scale, int historyEvents, Path work, Report report) {
        this.scale = scale;
        this.historyEvents = historyEvents;
        this.work = work;
        this.report = report;
    }

    /** {@code replayOnly}: the raw limits and the replay, without the topologies under load. */
    void run(boolean replayOnly) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("postgres"))
                .setCleanDataDirectory(true).setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on")
                .setServerConfig("max_connections", "300").start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE raw");
                statement.execute("CREATE DATABASE kontor1");
                statement.execute("CREATE DATABASE kontor2");
                statement.execute("CREATE DATABASE history");
            }
            Bench.phase("PostgreSQL, raw limits with synchronous_commit=on (4 writers)");
            RawLimits.Limits raw = new RawLimits(postgres.getJdbcUrl("postgres", "raw"), "postgres", "")
                    .measure(4, scale.rawDuration);
            report.add(new Figure("postgresql raw: rows/s, one row per transaction", raw.oneRowPerTransaction(), "rows/s",
                    null, null, true, null));
            report.add(new Figure("postgresql raw: rows/s, 100 rows per transaction", raw.batched(), "rows/s", null, null, true, null));
            report.add(new Figure("postgresql raw: rows/s, reading the event table in order", raw.sequentialRead(), "rows/s",
                    null, null, true, null));
            report.add(new Figure("postgresql raw: rows/s, one writer copying read-model rows in, 50,000 per transaction",
                    raw.bulk(), "rows/s", null, null, true, "COPY ... FROM STDIN, as a rebuild writes on PostgreSQL"));
            if (!replayOnly) {
                topology(postgres.getJdbcUrl("postgres", "kontor1"), raw, 1);
            }
            if (scale.bigTrees && !replayOnly) {
                topology(postgres.getJdbcUrl("postgres", "kontor2"), raw, 2);
            }
            replay(postgres.getJdbcUrl("postgres", "history"), raw);
        }
    }

    /** A query node on a database holding the synthetic history: its start, then a replay of every read model. */
    private void replay(String url, RawLimits.Limits raw) throws Exception {
        HistoryFigures history = new HistoryFigures(report, new HistoryFigures.Node(Bench.QUERY_SIDE, userArguments(),
                Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", ""),
                "adm", USERS.get("adm")), url, "postgres");
        double replayed;
        try (Service service = history.startOnHistory(historyEvents, raw.sequentialRead(), "postgresql")) {
            replayed = history.replay(service, raw.sequentialRead(), "postgresql", 50_000.0);
        }
        ReplayCeiling.report(report, "postgresql", url, "postgres", raw.bulk(), replayed, 50_000.0);
    }

    private static List<String> userArguments() {
        List<String> arguments = new ArrayList<>();
        USERS.forEach((user, password) -> arguments.add("--kontor.security.users." + user + ".password=" + password));
        arguments.addAll(List.of("--kontor.security.users.svc.roles=SERVICE", "--kontor.security.users.ana.roles=ANALYST",
                "--kontor.security.users.adm.roles=ADMIN"));
        return arguments;
    }

    private void topology(String url, RawLimits.Limits raw, int nodes) throws Exception {
        Map<String, String> environment = Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", "postgres",
                "SPRING_DATASOURCE_PASSWORD", "");
        List<String> arguments = userArguments();
        Bench.phase("PostgreSQL topology: " + nodes + " command and " + nodes + " query node(s)");
        List<Service> services = new ArrayList<>();
        try {
            // All nodes start at once, as in a real deployment (and to keep --quick short).
            List<CompletableFuture<Service>> starting = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                starting.add(CompletableFuture.supplyAsync(() -> Service.start(Bench.COMMAND_SIDE, arguments, environment)));
            }
            for (int i = 0; i < nodes; i++) {
                starting.add(CompletableFuture.supplyAsync(() -> Service.start(Bench.QUERY_SIDE, arguments, environment)));
            }
            RuntimeException failedStart = null;
            for (CompletableFuture<Service> node : starting) {
                try {
                    services.add(node.join()); // every node that did start is closed below, even if another failed
                } catch (RuntimeException e) {
                    failedStart = e;
                }
            }
            if (failedStart != null) {
                throw failedStart;
            }
            List<Client> writers = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                writers.add(services.get(i).client("svc", USERS.get("svc")));
            }
            Service query = services.get(nodes);
            Load load = new Load(writers, query.client("ana", USERS.get("ana")));
            Bench.phase("PostgreSQL topology: load");
            load.prepare(scale.prepare[0], scale.prepare[1], scale.prepare[2]);
            load.run(scale.clients, scale.warmUp, 0, false);
            Load.Result full = load.run(scale.clients, scale.loadDuration, 0, true);
            Load.Result half = load.run(scale.clients, scale.loadDuration, full.commandsPerSecond() / 2, true);
            LoadFigures.add(report, "postgresql " + nodes + "+" + nodes + " nodes", new LoadFigures.Runs(full, half),
                    raw.oneRowPerTransaction(), null);
        } finally {
            services.forEach(Service::close);
        }
    }
}
