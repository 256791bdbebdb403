package io.kontor.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The standalone service on its H2 file database, against the raw limits of H2 with the same settings. */
final class StandaloneRun {

    private static final String H2_OPTIONS = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

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
        System.out.println("H2, raw limits with WRITE_DELAY=0 (4 writers)");
        RawLimits.Limits raw = new RawLimits("jdbc:h2:file:" + work.resolve("raw") + H2_OPTIONS, "sa", "")
                .measure(4, scale.rawDuration);
        report.add(new Figure("h2 raw: rows/s, one row per transaction", raw.oneRowPerTransaction(), "rows/s", null, null, true, null));
        report.add(new Figure("h2 raw: rows/s, 100 rows per transaction", raw.batched(), "rows/s", null, null, true, null));
        report.add(new Figure("h2 raw: rows/s, reading the event table in order", raw.sequentialRead(), "rows/s", null, null, true, null));

        Path data = work.resolve("standalone");
        List<String> arguments = List.of("--kontor.data-dir=" + data);
        if (replayOnly) {
            Service.start(Bench.STANDALONE, arguments, Map.of(), "512m").close();
        } else {
            load(arguments, raw.oneRowPerTransaction());
        }
        new ReplayFigures(replayEvents, report).measure(arguments, raw.sequentialRead(),
                "jdbc:h2:file:" + data.resolve("kontor") + H2_OPTIONS);
    }

    private void load(List<String> arguments, double rawWriteRate) throws Exception {
        System.out.println("standalone service, load");
        try (Service service = Service.start(Bench.STANDALONE, arguments, Map.of(), "512m")) {
            Client writer = service.client("service", "service");
            Client analyst = service.client("analyst", "analyst");
            Client admin = service.client("admin", "admin");
            Load load = new Load(List.of(writer), analyst);
            load.prepare(scale.bigTrees ? 20 : 5, scale.bigTrees ? 1000 : 100, scale.bigTrees ? 1000 : 100);
            load.run(scale.clients, scale.warmUp, 0, false);
            service.startSampling(admin);
            Load.Result full = load.run(scale.clients, scale.loadDuration, 0, true);
            long heap = service.stopSampling();
            Load.Result half = load.run(scale.clients, scale.loadDuration, full.commandsPerSecond() / 2, true);
            LoadFigures.add(report, "standalone", full, half, rawWriteRate);
            report.add(new Figure("standalone: peak heap used at full load", heap / 1048576.0, "MB", null, 512.0, false,
                    "the service runs with -Xmx512m"));
            new TreeFigures(scale, report).measure(new Trees(writer, analyst, scale.clients));
        }
    }
}
