package io.kontor.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The standalone service on its H2 file database, against the raw limits of H2 with the same settings. */
final class StandaloneRun {

    private static final String H2_OPTIONS = ";WRITE_DELAY=0;RETENTION_TIME=1000;CACHE_SIZE=65536;DB_CLOSE_ON_EXIT=FALSE";

    private final Bench.Scale scale;
    private final int replayEvents;
    private final Path work;
    private final Report report;

    StandaloneRun(Bench.Scale scale, int replayEvents, Path work, Report report) {
        this.scale = scale;
        this.replayEvents = replayEvents;
        this.work = work;
        this.report = report;
    }

    void run(boolean replayOnly) throws Exception {
        Bench.phase("H2, raw limits with the service's settings: WRITE_DELAY=0, RETENTION_TIME=1000 (4 writers)");
        RawLimits.Limits raw = new RawLimits("jdbc:h2:file:" + work.resolve("raw") + H2_OPTIONS, "sa", "")
                .measure(4, scale.rawDuration);
        report.add(new Figure("h2 raw: rows/s, one row per transaction", raw.oneRowPerTransaction(), "rows/s", null, null, true, null));
        report.add(new Figure("h2 raw: rows/s, 100 rows per transaction", raw.batched(), "rows/s", null, null, true, null));
        report.add(new Figure("h2 raw: rows/s, reading the event table in order", raw.sequentialRead(), "rows/s", null, null, true, null));

        Path data = work.resolve("standalone");
        List<String> arguments = List.of("--kontor.data-dir=" + data);
        ReplayFigures replay = new ReplayFigures(replayEvents, report);
        if (replayEvents == 0) {
            try (Service service = Service.start(Bench.STANDALONE, arguments, Map.of(), "512m")) {
                if (!replayOnly) {
                    load(service, raw.oneRowPerTransaction());
                }
                replay.replay(service, raw.sequentialRead());
            }
            reportFileSize(data);
            return;
        }
        if (replayOnly) {
            Service.start(Bench.STANDALONE, arguments, Map.of(), "512m").close();
        } else {
            try (Service service = Service.start(Bench.STANDALONE, arguments, Map.of(), "512m")) {
                load(service, raw.oneRowPerTransaction());
            }
        }
        replay.measure(arguments, raw.sequentialRead(), "jdbc:h2:file:" + data.resolve("kontor") + H2_OPTIONS);
        reportFileSize(data);
    }

    /** Only the account map figures, on a fresh standalone service. */
    void runMapOnly() throws Exception {
        try (Service service = Service.start(Bench.STANDALONE, List.of("--kontor.data-dir=" + work.resolve("standalone")), Map.of(),
                "512m")) {
            new MapFigures(scale, report).measure(service, service.client("service", "service"),
                    service.client("analyst", "analyst"), scale.clients);
        }
    }

    /** The H2 file after everything: it must stay near the live data, not grow with the number of commits. */
    private void reportFileSize(Path data) throws java.io.IOException {
        report.add(new Figure("standalone: database file after the run", java.nio.file.Files.size(data.resolve("kontor.mv.db"))
                / 1048576.0, "MB", null, null, false, null));
    }

    private void load(Service service, double rawWriteRate) throws Exception {
        Bench.phase("standalone service, load");
        Client writer = service.client("service", "service");
        Client analyst = service.client("analyst", "analyst");
        Client admin = service.client("admin", "admin");
        Load load = new Load(List.of(writer), analyst);
        load.prepare(scale.prepare[0], scale.prepare[1], scale.prepare[2]);
        load.run(scale.clients, scale.warmUp, 0, false);
        service.startSampling(admin);
        Load.Result full = load.run(scale.clients, scale.loadDuration, 0, true);
        long heap = service.stopSampling();
        Load.Result half = load.run(scale.clients, scale.loadDuration, full.commandsPerSecond() / 2, true);
        LoadFigures.add(report, "standalone", full, half, rawWriteRate);
        report.add(new Figure("standalone: peak heap used at full load", heap / 1048576.0, "MB", null, 512.0, false,
                "the service runs with -Xmx512m"));
        new TreeFigures(scale, report).measure(new Trees(writer, analyst, scale.clients));
        new MapFigures(scale, report).measure(service, writer, analyst, scale.clients);
    }
}
