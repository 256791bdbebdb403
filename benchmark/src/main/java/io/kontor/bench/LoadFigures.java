package io.kontor.bench;

/** The figures of one load run at full and at half rate. */
final class LoadFigures {

    /** A load run at full rate and the run at half that rate. */
    record Runs(Load.Result full, Load.Result half) {
    }

    private LoadFigures() {
    }

    static void add(Report report, String setup, Runs runs, double rawSingleRowRate, Double target) {
        Load.Result full = runs.full();
        Load.Result half = runs.half();
        report.add(new Figure(setup + ": commands/s, realistic mix", full.commandsPerSecond(), "cmd/s", rawSingleRowRate,
                target, true, full.commands() + " commands; limit: raw rows/s, one row per transaction"));
        report.add(new Figure(setup + ": commands/s as a share of the raw rate", full.commandsPerSecond() / rawSingleRowRate,
                "", null, 0.3, true, null));
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
        report.add(new Figure(setup + ": freshness p50 at half load", half.freshnessP50(), "ms", null, 20.0, false,
                half.probes() + " probes at " + Math.round(half.commandsPerSecond()) + " cmd/s"));
        report.add(new Figure(setup + ": freshness p99 at half load", half.freshnessP99(), "ms", null, 100.0, false, null));
        report.add(new Figure(setup + ": freshness p99 at full load", full.freshnessP99(), "ms", null, null, false,
                full.probes() + " probes"));
    }

    /**
     * What the HTTP path alone sustains on this machine (requests refused before the command bus, same clients), and
     * the commands/s as a share of it: the part of a command's cost that no change behind the controller can remove.
     */
    static void httpCeiling(Report report, String setup, Load.Result refused, Load.Result full) {
        report.add(new Figure(setup + ": HTTP ceiling, requests refused before the command bus", refused.commandsPerSecond(),
                "req/s", null, null, true, String.format("%.2f ms of machine CPU per request, %d unexpected answers; the same %s",
                        refused.cpuMillisPerCommand(), refused.errors(), "clients: connection, authentication, JSON, problem details")));
        report.add(new Figure(setup + ": commands/s against the HTTP ceiling", full.commandsPerSecond(), "cmd/s",
                refused.commandsPerSecond(), null, true, "limit: the HTTP ceiling above"));
    }

    /** How the same load fares on a store full of history, against an empty one: it must stay within 10%. */
    static void flat(Report report, String setup, Runs runs, Runs empty) {
        report.add(new Figure(setup + ": commands/s against the empty store", runs.full().commandsPerSecond()
                / empty.full().commandsPerSecond(), "", null, 0.9, true, null));
        report.add(new Figure(setup + ": freshness p50 against the empty store", runs.half().freshnessP50()
                / empty.half().freshnessP50(), "", null, 1.1, false, null));
        report.add(new Figure(setup + ": freshness p99 against the empty store", runs.half().freshnessP99()
                / empty.half().freshnessP99(), "", null, 1.1, false, null));
    }
}
