package io.kontor.standalone;

import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A write the client was told had succeeded survives {@code kill -9} of the process: the embedded
 * database does not hold committed transactions back (H2's write delay is off).
 */
class StandaloneDurabilityIT {

    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;

    @Test
    void everyAcknowledgedWriteSurvivesKillMinus9UnderConcurrentWrites(@TempDir Path dataDir) throws Exception {
        ConcurrentLinkedQueue<Http.Response> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger counter = new AtomicInteger();
        try (StandaloneProcess first = StandaloneProcess.start(dataDir)) {
            Http service = first.as("service");
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int writer = 0; writer < WRITERS; writer++) {
                writers.submit(() -> {
                    while (writing.get()) {
                        try {
                            Http.Response answer = service.post("/api/accounts",
                                    Map.of("name", "Durable " + counter.incrementAndGet()));
                            if (answer.status() == 201) {
                                acknowledged.add(answer);
                            }
                        } catch (RuntimeException connectionLost) {
                            return;
                        }
                    }
                });
            }
            await().atMost(java.time.Duration.ofSeconds(120)).until(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL);
            first.kill9();
            writing.set(false);
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        List<Http.Response> survivors = List.copyOf(acknowledged);
        long highest = survivors.stream().mapToLong(Http.Response::eventPosition).max().orElseThrow();
        try (StandaloneProcess second = StandaloneProcess.start(dataDir)) {
            Http analyst = second.as("analyst").with("X-Await-Position", Long.toString(highest));
            for (Http.Response write : survivors) {
                Http.Response read = analyst.get("/api/accounts/" + write.id());
                assertThat(read.status()).as("acknowledged account %s after kill -9", write.id()).isEqualTo(200);
            }
            Http.Response page = analyst.get("/api/accounts?size=1");
            assertThat(page.json().path("totalElements").asLong()).isGreaterThanOrEqualTo(survivors.size());
        }
    }
}
