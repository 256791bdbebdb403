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
import java.util.Map;

/** A packaged Kontor jar running as a separate process, for tests that kill it or run several nodes. */
final class KontorProcess implements AutoCloseable {

    static final Path STANDALONE = Path.of("target", "kontor-standalone.jar");
    static final Path COMMAND_SIDE = Path.of("..", "command-side", "target", "kontor-command-side.jar");
    static final Path QUERY_SIDE = Path.of("..", "query-side", "target", "kontor-query-side.jar");

    private final Process process;
    private final int port;
    private final Path log;
    private final Map<String, String> passwords;

    private KontorProcess(Process process, int port, Path log, Map<String, String> passwords) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.passwords = passwords;
    }

    /** The standalone service on an H2 database in {@code dataDir}, with the development users. */
    static KontorProcess standalone(Path dataDir, String... extraArguments) {
        List<String> arguments = new ArrayList<>(List.of("--kontor.data-dir=" + dataDir));
        arguments.addAll(List.of(extraArguments));
        return launch(STANDALONE, arguments, Map.of()).awaitHealthy();
    }

    /** A separate command-side or query-side service with the given users (name to password) and settings. */
    static KontorProcess service(Path jar, Map<String, String> passwords, Map<String, String> environment,
                                 String... arguments) {
        return launch(jar, List.of(arguments), environment, passwords);
    }

    private static KontorProcess launch(Path jar, List<String> arguments, Map<String, String> passwords) {
        return launch(jar, arguments, Map.of(), passwords);
    }

    private static KontorProcess launch(Path jar, List<String> arguments, Map<String, String> environment,
                                        Map<String, String> passwords) {
        int port = freePort();
        try {
            Path log = Files.createTempFile("kontor-" + jar.getFileName() + "-", ".log");
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                    "-jar", jar.toString(), "--server.port=" + port));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            return new KontorProcess(builder.start(), port, log, passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client as one of the development users, or (for a service) as a configured user. */
    Http as(String user) {
        String base = "http://127.0.0.1:" + port;
        return user == null ? new Http(base, null) : new Http(base, user, passwords.getOrDefault(user, user));
    }

    int port() {
        return port;
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

    KontorProcess awaitHealthy() {
        Http anonymous = as(null);
        try {
            Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250))
                    .failFast("the process died at start-up", () -> !process.isAlive())
                    .ignoreExceptions()
                    .until(() -> anonymous.get("/actuator/health").status() == 200);
        } catch (RuntimeException e) {
            close();
            throw new IllegalStateException(e.getMessage() + "; its log:\n" + readLog(), e);
        }
        return this;
    }

    String readLog() {
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
