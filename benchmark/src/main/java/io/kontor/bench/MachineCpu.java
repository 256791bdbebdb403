package io.kontor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time the whole machine spent busy (service, database, load generator, everything), from
 * {@code /proc/stat}: what a figure costs in CPU, and so the rate the cores could sustain at that cost.
 */
final class MachineCpu {

    private static final Path STAT = Path.of("/proc/stat");
    private static final double TICKS_PER_SECOND = 100.0;

    private final long busyTicks;
    private final long allTicks;

    private MachineCpu(long busyTicks, long allTicks) {
        this.busyTicks = busyTicks;
        this.allTicks = allTicks;
    }

    /** Now; zero ticks where /proc/stat is unavailable (then every derived figure is left out). */
    static MachineCpu now() {
        try {
            String[] fields = Files.readAllLines(STAT).get(0).trim().split("\\s+");
            long all = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                all += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new MachineCpu(all - idle, all);
        } catch (IOException | RuntimeException e) {
            return new MachineCpu(0, 0);
        }
    }

    /** Busy CPU seconds since {@code earlier}. */
    double busySecondsSince(MachineCpu earlier) {
        return (busyTicks - earlier.busyTicks) / TICKS_PER_SECOND;
    }

    /** The share of all cores that was busy since {@code earlier}, 0..1. */
    double utilisationSince(MachineCpu earlier) {
        long all = allTicks - earlier.allTicks;
        return all == 0 ? 0 : (double) (busyTicks - earlier.busyTicks) / all;
    }
}
