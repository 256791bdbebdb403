package io.kontor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The standalone service on its H2 file database, against the raw limits of H2 with the same settings:
 * first on an empty store, then on a store that already holds the synthetic history (so a cost that
 * grows with the history shows as the ratio between the two), then the replay of that history.
 */
final class StandaloneRun {

    /**
     * How the bench opens a stopped service's file to write history into it: the service's own settings. With H2's
     * compaction at close ({@code MAX_COMPACT_TIME} above 0), the 10,000 events the bench had written were gone after
     * the next session dropped the read models' schemas (2026-12-02, every quick run that day): H2 2.3.232 loses
     * committed pages there (its issue 4247); the service compacts before its close instead.
     */
    static final String H2_OPTIONS = ";WRITE_DELAY=0;RETENTION_TIME=1000;CACHE_SIZE=65536;DB_CLOSE_ON_EXIT=FALSE;"
            + "QUERY_CACHE_SIZE=256;MAX_COMPACT_TIME=0";

    private final Bench.Scale scale;
    private final int historyEvents;
    private final Path work;
    private final Report report;

    StandaloneRun(Bench.Scale scale, int historyEvents, Path work, Report report) {
        this.scale = scale;
        this.historyEvents = historyEvents;
        this.work = work;
        this.report = report;
    }

    void run(boolean replayOnly) throws Exception {
        RawLimits.Limits raw = rawLimits();

        LoadFigures.Runs empty = null;
        if (!replayOnly) {
            new PrivacyFigures(report).measure(scale.rawDuration);
            try (Service service = Service.start(Bench.STANDALONE, arguments(work.resolve("empty")), Map.of())) {
                empty = load(service, "standalone", raw, null);
                PrivacyFigures.shareOfWrites(report, "standalone");
                trees(service);
                new MapFigures(scale, report).measure(service, service.client("service", "service"),
                        service.client("analyst", "analyst"), scale.clients);
            }
        }
        Path data = work.resolve("history");
        double replayed;
        HistoryFigures history = new HistoryFigures(report, new HistoryFigures.Node(Bench.STANDALONE, arguments(data), Map.of(),
                "admin", "admin"), "jdbc:h2:file:" + data.resolve("kontor") + H2_OPTIONS, "kontor");
        try (Service service = history.startOnHistory(historyEvents, raw.sequentialRead(), "h2")) {
            if (empty != null) {
                load(service, "standalone, " + String.format("%,d", history.stored()) + " events stored", raw, empty);
            }
            replayed = history.replay(service, raw.sequentialRead(), "h2", 25_000.0);
            new PointInTimeFigures(report).measure(service.client("analyst", "analyst"), history.middle());
        }
        history.catchUp(scale.catchUpEvents);
        reportFileSize(data, history.stored());
        ReplayCeiling.report(report, "h2", "jdbc:h2:file:" + data.resolve("kontor") + H2_OPTIONS, "kontor", raw.bulk(), replayed,
                25_000.0);
    }

    /**
     * Only the integrity check, on a history of {@code historyEvents} (a million by default): written into a fresh
     * store and checked as soon as the service that starts on it answers, while it builds its read models from the
     * same history (so the figure is an upper bound).
     */
    void runIntegrityOnly() throws Exception {
        Path data = work.resolve("integrity");
        HistoryFigures history = new HistoryFigures(report, new HistoryFigures.Node(Bench.STANDALONE, arguments(data), Map.of(),
                "admin", "admin"), "jdbc:h2:file:" + data.resolve("kontor") + H2_OPTIONS, "kontor");
        try (Service service = history.startUnbuilt(historyEvents, "h2")) {
            Bench.phase("h2: integrity check of the whole history");
            IntegrityFigures.verify(service.client("admin", "admin"), report, "h2",
                    "checked while the service built its read models from the same history");
        }
    }

    /** Only the raw limits and the load on an empty standalone service: writes, latency, freshness, CPU per command. */
    void runWritesOnly() throws Exception {
        RawLimits.Limits raw = rawLimits();
        try (Service service = Service.start(Bench.STANDALONE, arguments(work.resolve("writes")), Map.of())) {
            load(service, "standalone", raw, null);
        }
    }

    private RawLimits.Limits rawLimits() throws Exception {
        Bench.phase("H2, raw limits with the service's settings: WRITE_DELAY=0, RETENTION_TIME=1000 (4 writers)");
        RawLimits.Limits raw = new RawLimits("jdbc:h2:file:" + work.resolve("raw") + H2_OPTIONS, "sa", "")
                .measure(4, scale.rawDuration);
        report.add(new Figure("h2 raw: rows/s, one row per transaction", raw.oneRowPerTransaction(), "rows/s", null, null, true, null));
        report.add(new Figure("h2 raw: rows/s, 100 rows per transaction", raw.batched(), "rows/s", null, null, true, null));
        report.add(new Figure("h2 raw: rows/s, reading the event table in order", raw.sequentialRead(), "rows/s", null, null, true, null));
        report.add(new Figure("h2 raw: rows/s, one writer inserting read-model rows, 50,000 per transaction", raw.bulk(), "rows/s",
                null, null, true, null));
        return raw;
    }

    /** Only the hierarchy figures (reads unscoped and scoped, moves), on a fresh standalone service. */
    void runTreesOnly() throws Exception {
        try (Service service = Service.start(Bench.STANDALONE, arguments(work.resolve("trees")), Map.of())) {
            trees(service);
        }
    }

    private void trees(Service service) throws InterruptedException {
        new TreeFigures(scale, report).measure(new Trees(service.client("service", "service"),
                service.client("analyst", "analyst"), scale.clients), service.client("admin", "admin"),
                service.client(TreeFigures.SCOPED_USER, TreeFigures.SCOPED_USER));
    }

    /** Only the account map figures, on a fresh standalone service. */
    void runMapOnly() throws Exception {
        try (Service service = Service.start(Bench.STANDALONE, arguments(work.resolve("map")), Map.of())) {
            new MapFigures(scale, report).measure(service, service.client("service", "service"),
                    service.client("analyst", "analyst"), scale.clients);
        }
    }

    private static List<String> arguments(Path data) {
        String scoped = "--kontor.security.users." + TreeFigures.SCOPED_USER;
        return List.of("--kontor.data-dir=" + data, scoped + ".password=" + TreeFigures.SCOPED_USER, scoped + ".roles=ANALYST",
                scoped + ".territories=" + TreeFigures.SCOPED_TERRITORY);
    }

    /** The H2 file after a clean stop, per stored event: it must follow the data, not the number of commits. */
    private void reportFileSize(Path data, long events) throws java.io.IOException {
        double bytes = Files.size(data.resolve("kontor.mv.db"));
        report.add(new Figure("standalone: database file after a clean stop", bytes / 1048576.0, "MB", null, null, false,
                String.format("%,d", events) + " events with every read model"));
        report.add(new Figure("standalone: database file per stored event", bytes / events, "bytes", null, 2048.0, false,
                "all read models included"));
    }

    /** The command mix at full and at half load; with {@code before}, also each figure's ratio to that run. */
    private LoadFigures.Runs load(Service service, String setup, RawLimits.Limits raw, LoadFigures.Runs before) throws Exception {
        Bench.phase(setup + ": load");
        Client writer = service.client("service", "service");
        Load load = new Load(List.of(writer), service.client("analyst", "analyst"));
        load.prepare(scale.prepare[0], scale.prepare[1], scale.prepare[2]);
        load.run(scale.clients, scale.warmUp, 0, false);
        service.startSampling(service.client("admin", "admin"));
        Load.Result full = load.run(scale.clients, scale.loadDuration, 0, true);
        long heap = service.stopSampling();
        Load.Result half = load.run(scale.clients, scale.loadDuration, full.commandsPerSecond() / 2, true);
        LoadFigures.Runs runs = new LoadFigures.Runs(full, half);
        LoadFigures.add(report, setup, runs, raw.oneRowPerTransaction(), 1_500.0);
        if (before == null) {
            LoadFigures.httpCeiling(report, setup, load.refusedBeforeTheCommandBus(scale.clients, scale.loadDuration), full);
        }
        if (before == null) {
            report.add(new Figure(setup + ": peak heap used at full load", heap / 1048576.0, "MB", null,
                    (double) Service.heapMegabytes(), false, "the service runs with -Xmx" + Service.heap()));
        } else {
            LoadFigures.flat(report, setup, runs, before);
        }
        return runs;
    }
}
