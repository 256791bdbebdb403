package io.kontor.bench;

import java.util.Arrays;

/** Latencies in nanoseconds and their percentiles in milliseconds. */
final class Stats {

    private long[] values = new long[1024];
    private int size;

    /** Reads {@code path} {@code warmups + times} times, failing on any answer but 200; the latencies of the last {@code times}. */
    static Stats timedReads(Client client, String path, int warmups, int times) {
        return timedReads(client, path, "application/json", warmups, times);
    }

    /** The same, asking for the representation {@code accept}. */
    static Stats timedReads(Client client, String path, String accept, int warmups, int times) {
        Stats latencies = new Stats();
        for (int i = 0; i < warmups + times; i++) {
            long began = System.nanoTime();
            Client.Answer answer = client.get(path, accept);
            if (answer.status() != 200) {
                throw new IllegalStateException(path + " failed: " + answer);
            }
            if (i >= warmups) {
                latencies.add(System.nanoTime() - began);
            }
        }
        return latencies;
    }

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized int count() {
        return size;
    }

    synchronized double percentileMillis(double percentile) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int index = (int) Math.min(size - 1, Math.ceil(percentile / 100.0 * size) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
