package io.kontor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** A packaged Kontor service started as a process, with a sampler of its heap. */
final class Service implements AutoCloseable {

    private static volatile List<String> jvmOptions = List.of();
    private static volatile String heap = "512m";

    private final Process process;
    private final int port;
    private final Path log;
    private final AtomicLong peakHeap = new AtomicLong();
    private volatile boolean sampling;

    private Service(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    private static final AtomicInteger STARTED = new AtomicInteger();

    static Service start(Path jar, List<String> arguments, Map<String, String> environment) {
        int port = freePort();
        try {
            Path log = Files.createTempFile("kontor-bench-" + jar.getFileName() + "-", ".log");
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx" + heap, "-XX:+UseParallelGC"));
            command.addAll(jvmOptions);
            // e.g. KONTOR_BENCH_SERVICE_OPTS="-XX:StartFlightRecording=filename=/tmp/kontor-{service}.jfr" to profile
            // each service the run starts ({service}: 1, 2, ... in the order started; JDK 17's JFR has no %p)
            String extra = System.getenv("KONTOR_BENCH_SERVICE_OPTS");
            if (extra != null && !extra.isBlank()) {
                String numbered = extra.strip().replace("{service}", Integer.toString(STARTED.incrementAndGet()));
                command.addAll(List.of(numbered.split("\\s+")));
            }
            command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Service service = new Service(builder.start(), port, log);
            service.awaitHealthy();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The maximum heap of every service started from now on, as {@code -Xmx} takes it (512m unless told). */
    static void heap(String size) {
        if (!size.matches("\\d+[mMgG]")) {
            throw new IllegalArgumentException("--service-heap takes a size such as 512m or 4g, not " + size);
        }
        heap = size;
    }

    static String heap() {
        return heap;
    }

    static long heapMegabytes() {
        long number = Long.parseLong(heap.substring(0, heap.length() - 1));
        return Character.toLowerCase(heap.charAt(heap.length() - 1)) == 'g' ? number * 1024 : number;
    }

    /** Extra JVM options for every service started from now on. */
    static void jvmOptions(List<String> options) {
        jvmOptions = List.copyOf(options);
    }

    int port() {
        return port;
    }

    Client client(String user, String password) {
        return new Client("http://127.0.0.1:" + port, user, password);
    }

    /** Samples used heap (through the actuator) every 250 ms until {@link #stopSampling()}; returns the peak then. */
    void startSampling(Client admin) {
        peakHeap.set(0);
        sampling = true;
        Thread sampler = new Thread(() -> {
            while (sampling && process.isAlive()) {
                Client.Answer heap = admin.get("/actuator/metrics/jvm.memory.used?tag=area:heap");
                if (heap.status() == 200) {
                    peakHeap.accumulateAndGet((long) heap.json().path("measurements").get(0).path("value").asDouble(), Math::max);
                }
                pause(250);
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    long stopSampling() {
        sampling = false;
        return peakHeap.get();
    }

    /** CPU time the service's process has used so far (all its threads): what a figure costs it, whatever else runs. */
    java.time.Duration cpu() {
        return process.info().totalCpuDuration().orElse(java.time.Duration.ZERO);
    }

    void kill9() {
        process.destroyForcibly();
        waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        waitFor();
    }

    private void waitFor() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitHealthy() {
        Client anonymous = new Client("http://127.0.0.1:" + port, "", "");
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("service died at start-up; see " + log);
            }
            if (anonymous.get("/actuator/health").status() == 200) {
                return;
            }
            pause(200);
        }
        throw new IllegalStateException("service did not become healthy; see " + log);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
