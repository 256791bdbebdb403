package io.kontor.standalone;

import io.kontor.platform.testing.Http;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The packaged standalone jar running as a separate process, for tests that kill it. */
final class StandaloneProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "kontor-standalone.jar");

    private final Process process;
    private final int port;
    private final Path log;

    private StandaloneProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static StandaloneProcess start(Path dataDir, String... extraArguments) {
        int port = freePort();
        try {
            Path log = Files.createTempFile("kontor-standalone-", ".log");
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-jar", JAR.toString(),
                    "--server.port=" + port, "--kontor.data-dir=" + dataDir));
            command.addAll(List.of(extraArguments));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            StandaloneProcess started = new StandaloneProcess(process, port, log);
            started.awaitHealthy();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Http as(String user) {
        return new Http("http://127.0.0.1:" + port, user);
    }

    /** SIGKILL: no shutdown hooks, no flushing, exactly like a power cut for the process. */
    void kill9() {
        process.destroyForcibly();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !process.isAlive());
        }
    }

    private void awaitHealthy() {
        Http anonymous = as(null);
        try {
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .failFast("the standalone process died at start-up", () -> !process.isAlive())
                    .ignoreExceptions()
                    .until(() -> anonymous.get("/actuator/health").status() == 200);
        } catch (RuntimeException e) {
            close();
            throw new IllegalStateException(e.getMessage() + "; its log:\n" + readLog(), e);
        }
    }

    private String readLog() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
