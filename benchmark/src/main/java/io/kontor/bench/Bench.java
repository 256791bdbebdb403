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
 * database measured in the same run. {@code --quick} runs in about a minute (CI runs it to keep the
 * harness working); {@code --standalone-only} skips PostgreSQL; {@code --replay-only} measures only the
 * standalone replay, of {@code --replay-events=N} events. Prints a table and writes JSON.
 */
public final class Bench {

    static final Path STANDALONE = Path.of("standalone", "target", "kontor-standalone.jar");
    static final Path COMMAND_SIDE = Path.of("command-side", "target", "kontor-command-side.jar");
    static final Path QUERY_SIDE = Path.of("query-side", "target", "kontor-query-side.jar");

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        Scale scale = options.contains("--quick") ? Scale.QUICK : Scale.FULL;
        int replayEvents = option(options, "--replay-events=").map(Integer::parseInt).orElse(scale.replayEvents);
        boolean replayOnly = options.contains("--replay-only");
        Path json = Path.of(option(options, "--json=").orElse("benchmark/target/bench-results.json"));
        for (Path jar : List.of(STANDALONE, COMMAND_SIDE, QUERY_SIDE)) {
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: run ./mvnw -DskipTests package first (./bench does)");
            }
        }
        Report report = new Report();
        report.environment("scale", scale.name());
        report.environment("cores", Runtime.getRuntime().availableProcessors());
        report.environment("java", System.getProperty("java.version"));
        report.environment("clients", scale.clients);
        Path work = Files.createTempDirectory("kontor-bench-");
        long began = System.nanoTime();
        new StandaloneRun(scale, replayEvents, work, report).run(replayOnly);
        if (!options.contains("--standalone-only") && !replayOnly) {
            new PostgresRun(scale, work, report).run();
        }
        report.environment("durationSeconds", (System.nanoTime() - began) / 1_000_000_000L);
        report.print();
        report.writeJson(json);
    }

    private static Optional<String> option(List<String> options, String prefix) {
        return options.stream().filter(option -> option.startsWith(prefix)).map(option -> option.substring(prefix.length()))
                .findFirst();
    }

    /** How much work each scenario does. */
    enum Scale {
        QUICK(8, Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(2), 20_000, false),
        FULL(12, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(10), 1_000_000, true);

        final int clients;
        final Duration rawDuration;
        final Duration loadDuration;
        final Duration warmUp;
        final int replayEvents;
        final boolean bigTrees;

        Scale(int clients, Duration rawDuration, Duration loadDuration, Duration warmUp, int replayEvents, boolean bigTrees) {
            this.clients = clients;
            this.rawDuration = rawDuration;
            this.loadDuration = loadDuration;
            this.warmUp = warmUp;
            this.replayEvents = replayEvents;
            this.bigTrees = bigTrees;
        }
    }
}
