package io.kontor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Kontor's benchmark: the standalone service on H2 and the PostgreSQL topology, driven over HTTP by
 * concurrent clients on the same machine, with every figure set against the raw limits of the same
 * database measured in the same run. {@code --quick} runs in under a minute (CI runs it to keep the
 * harness working); {@code --standalone-only} skips PostgreSQL, {@code --postgres-only} the standalone
 * service; {@code --replay-only} measures only the standalone service on a stored history of
 * {@code --replay-events=N} events (its start, replay and catch-up). Prints a table and writes JSON.
 */
public final class Bench {

    static final Path STANDALONE = Path.of("standalone", "target", "kontor-standalone.jar");
    static final Path COMMAND_SIDE = Path.of("command-side", "target", "kontor-command-side.jar");
    static final Path QUERY_SIDE = Path.of("query-side", "target", "kontor-query-side.jar");

    private static final long STARTED = System.nanoTime();

    private Bench() {
    }

    /** Announces a phase of the run, with the seconds since the start (to see where a run spends its time). */
    static void phase(String description) {
        System.out.printf("[%5.1f s] %s%n", (System.nanoTime() - STARTED) / 1e9, description);
    }

    static final String USAGE = """
            usage: ./bench [--quick] [--standalone-only | --postgres-only | --replay-only | --map-only | --import-only | --integrity-only | --trees-only | --writes-only] [--replay-events=N] [--service-heap=SIZE] [--json=PATH]
              --quick            under a minute (plus the build); what CI runs
              --standalone-only  skip the PostgreSQL topology
              --postgres-only    skip the standalone service
              --replay-only      only the standalone service on a stored history: start, replay, catch-up
                                 (with --postgres-only: only PostgreSQL's raw limits and its replay)
              --map-only         only the account map of 2,000 people (200 with --quick) on the standalone service
              --import-only      only the import of 100,000 accounts (5,000 when quick) and their territory re-evaluation
              --trees-only       only the hierarchy reads (unscoped and scoped) and moves on the standalone service
              --writes-only      only the raw limits of H2 and the load (writes, latency, freshness) on an empty standalone service
              --integrity-only   only the integrity check of a stored history (--replay-events, a million by default)
              --replay-events=N  how many events of synthetic history are stored first (full: 1,000,000)
              --service-heap=SIZE  every service's maximum heap (default 512m; e.g. 4g to see what a bigger heap buys)
              --json=PATH        where the figures go (default benchmark/target/bench-results.json)
              --keep-work        keep the work directory (every service's database) instead of deleting it at the end""";
    private static final List<String> FLAGS = List.of("--quick", "--standalone-only", "--postgres-only", "--replay-only",
            "--map-only", "--import-only", "--integrity-only", "--trees-only", "--writes-only", "--keep-work");
    private static final List<String> VALUED = List.of("--replay-events=", "--service-heap=", "--json=");

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        if (options.contains("--help") || options.contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        for (String option : options) {
            if (!FLAGS.contains(option) && VALUED.stream().noneMatch(option::startsWith)) {
                System.err.println("unknown option " + option + "\n" + USAGE);
                System.exit(2);
            }
        }
        Scale scale = options.contains("--quick") ? Scale.QUICK : Scale.FULL;
        int replayEvents = option(options, "--replay-events=").map(Integer::parseInt).orElse(scale.replayEvents);
        Path json = Path.of(option(options, "--json=").orElse("benchmark/target/bench-results.json"));
        for (Path jar : List.of(STANDALONE, COMMAND_SIDE, QUERY_SIDE)) {
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: run ./mvnw -DskipTests package first (./bench does)");
            }
        }
        Service.jvmOptions(scale.serviceJvmOptions);
        option(options, "--service-heap=").ifPresent(Service::heap);
        Report report = new Report();
        report.environment("scale", scale.name());
        report.environment("cores", Runtime.getRuntime().availableProcessors());
        report.environment("java", System.getProperty("java.version"));
        report.environment("clients", scale.clients);
        report.environment("serviceHeap", Service.heap());
        Path work = Files.createTempDirectory("kontor-bench-");
        try {
            run(options, scale, replayEvents, work, report);
        } finally {
            if (options.contains("--keep-work")) {
                System.out.println("work directory kept: " + work);
            } else {
                WorkDirectory.delete(work);
            }
        }
        report.print();
        report.writeJson(json);
    }

    private static void run(List<String> options, Scale scale, int replayEvents, Path work, Report report) throws Exception {
        boolean replayOnly = options.contains("--replay-only");
        long began = System.nanoTime();
        boolean mapOnly = options.contains("--map-only");
        boolean importOnly = options.contains("--import-only");
        // Scenarios measured alone, without the rest of the standalone run, the import or PostgreSQL.
        boolean alone = options.contains("--integrity-only") || options.contains("--trees-only")
                || options.contains("--writes-only");
        if (options.contains("--writes-only")) {
            new StandaloneRun(scale, replayEvents, work, report).runWritesOnly();
        } else if (options.contains("--trees-only")) {
            new StandaloneRun(scale, replayEvents, work, report).runTreesOnly();
        } else if (options.contains("--integrity-only")) {
            new StandaloneRun(scale, replayEvents, work, report).runIntegrityOnly();
        } else if (mapOnly) {
            new StandaloneRun(scale, replayEvents, work, report).runMapOnly();
        } else if (!options.contains("--postgres-only") && !importOnly) {
            new StandaloneRun(scale, replayEvents, work, report).run(replayOnly);
        }
        if (!options.contains("--postgres-only") && !replayOnly && !mapOnly && !alone) {
            new ImportFigures(scale, work, report).measure();
        }
        if (!options.contains("--standalone-only") && !mapOnly && !importOnly && !alone
                && (!replayOnly || options.contains("--postgres-only"))) {
            new PostgresRun(scale, replayEvents, work, report).run(replayOnly);
        }
        report.environment("durationSeconds", (System.nanoTime() - began) / 1_000_000_000L);
    }

    private static Optional<String> option(List<String> options, String prefix) {
        return options.stream().filter(option -> option.startsWith(prefix)).map(option -> option.substring(prefix.length()))
                .findFirst();
    }

    /**
     * How much work each scenario does. The quick scale keeps the harness honest in CI in under a minute:
     * shorter runs, smaller trees (a 300-account read, a 100-account move), a stored history of 10,000
     * events instead of a million, and services on the C1 compiler only (faster start): its figures show
     * that everything works, not what the service can do.
     */
    enum Scale {
        QUICK(8, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(1), 10_000, 1_000, new int[]{3, 40, 40},
                new int[]{1, 6, 49}, new int[]{1, 3, 32}, List.of("-XX:TieredStopAtLevel=1"), false),
        FULL(12, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(10), 1_000_000, 50_000,
                new int[]{20, 1000, 1000}, new int[]{1, 40, 49}, new int[]{5, 50, 199}, List.of(), true);

        final int clients;
        final Duration rawDuration;
        final Duration loadDuration;
        final Duration warmUp;
        /** Synthetic events stored before the service starts on them (and then replayed). */
        final int replayEvents;
        /** Synthetic events written while the service is stopped, for the live projections to catch up on. */
        final int catchUpEvents;
        /** Headquarters, branches and opportunities the command mix works on. */
        final int[] prepare;
        /** Divisions, regions per division and stores per region of the tree read for the read figure. */
        final int[] readTree;
        /** The same for the tree whose first division is moved (the full scale also reads it). */
        final int[] moveTree;
        /** JVM options of the services: quick runs trade peak speed for a faster start (C1 only). */
        final List<String> serviceJvmOptions;
        final boolean bigTrees;

        Scale(int clients, Duration rawDuration, Duration loadDuration, Duration warmUp, int replayEvents, int catchUpEvents,
              int[] prepare,
              int[] readTree, int[] moveTree, List<String> serviceJvmOptions, boolean bigTrees) {
            this.clients = clients;
            this.rawDuration = rawDuration;
            this.loadDuration = loadDuration;
            this.warmUp = warmUp;
            this.replayEvents = replayEvents;
            this.catchUpEvents = catchUpEvents;
            this.prepare = prepare;
            this.readTree = readTree;
            this.moveTree = moveTree;
            this.serviceJvmOptions = serviceJvmOptions;
            this.bigTrees = bigTrees;
        }
    }
}
