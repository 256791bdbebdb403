package io.kontor.bench;

/** The figures of one load run at full and at half rate. */
final class LoadFigures {

    private LoadFigures() {
    }

    static void add(Report report, String setup, Load.Result full, Load.Result half, double rawSingleRowRate) {
        report.add(new Figure(setup + ": commands/s, realistic mix", full.commandsPerSecond(), "cmd/s", rawSingleRowRate,
                0.8 * rawSingleRowRate, true, full.commands() + " commands; limit: raw rows/s, one row per transaction"));
        if (full.cpuSeconds() > 0) {
            int cores = Runtime.getRuntime().availableProcessors();
            report.add(new Figure(setup + ": CPU per command, whole machine", full.cpuMillisPerCommand(), "ms", null, null,
                    false, Math.round(full.cpuUtilisation() * 100) + "% of " + cores + " cores busy at full load "
                    + "(service, database and load generator)"));
            report.add(new Figure(setup + ": commands/s against the CPU ceiling", full.commandsPerSecond(), "cmd/s",
                    cores * 1000 / full.cpuMillisPerCommand(), null, true,
                    "limit: the rate the cores sustain at the measured CPU per command"));
        }
        report.add(new Figure(setup + ": command latency p50", full.p50(), "ms", null, null, false, null));
        report.add(new Figure(setup + ": command latency p99", full.p99(), "ms", null, null, false, null));
        report.add(new Figure(setup + ": errors at full load", full.errors() + half.errors(), "", null, 0.0, false, null));
        report.add(new Figure(setup + ": freshness p50 at half load", half.freshnessP50(), "ms", null, null, false,
                half.probes() + " probes at " + Math.round(half.commandsPerSecond()) + " cmd/s"));
        report.add(new Figure(setup + ": freshness p99 at half load", half.freshnessP99(), "ms", null, 100.0, false, null));
        report.add(new Figure(setup + ": freshness p99 at full load", full.freshnessP99(), "ms", null, null, false,
                full.probes() + " probes"));
    }
}
