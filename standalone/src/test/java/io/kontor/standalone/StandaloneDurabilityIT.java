package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 * database does not hold committed transactions back (H2's write delay is off), also in a file that a clean stop
 * rewrote before. After the restart the projections catch up, and what they show equals a full replay of every
 * projection.
 */
class StandaloneDurabilityIT {

    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;
    /**
     * Longer than any restart, so a restarted process that waited for the dead one's token claims to
     * expire would answer the awaited reads below with 503. (With the default 15 s the outcome depended
     * on how fast the machine restarted; CI's was faster and caught it.)
     */
    private static final String CLAIMS_OUTLAST_THE_RESTART = "--axon.eventhandling.tokenstore.claim-timeout=120s";

    @Test
    void everyAcknowledgedWriteSurvivesKillMinus9UnderConcurrentWrites(@TempDir Path dataDir) throws Exception {
        ConcurrentLinkedQueue<Http.Response> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger counter = new AtomicInteger();
        // The writes go into a file that a clean stop rewrote (EmbeddedFileRewrite): a crash must not care.
        try (KontorProcess earlier = KontorProcess.standalone(dataDir)) {
            Http.Response opened = earlier.as("service").post("/api/accounts", Map.of("name", "Before the rewrite"));
            acknowledged.add(opened);
            earlier.close();
            assertThat(earlier.readLog()).contains("Rewrote the H2 file at the stop");
        }
        try (KontorProcess first = KontorProcess.standalone(dataDir, CLAIMS_OUTLAST_THE_RESTART)) {
            Http service = first.as("service");
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int writer = 0; writer < WRITERS; writer++) {
                writers.submit(() -> {
                    while (writing.get()) {
                        try {
                            int number = counter.incrementAndGet();
                            Http.Response answer = service.post("/api/accounts", Map.of("name", "Durable " + number));
                            if (answer.status() == 201) {
                                acknowledged.add(answer);
                                if (number % 5 == 0) {
                                    service.post("/api/opportunities", Map.of("accountId", answer.id(), "name", "Deal",
                                            "value", Map.of("amount", number + ".50", "currency", "EUR")));
                                }
                            }
                        } catch (RuntimeException connectionLost) {
                            return;
                        }
                    }
                });
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL);
            first.kill9();
            writing.set(false);
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        List<Http.Response> survivors = List.copyOf(acknowledged);
        long highest = survivors.stream().mapToLong(Http.Response::eventPosition).max().orElseThrow();
        // The projections resume at once, not when the dead process's claims time out (120 s here): the first
        // awaited read must not outwait an await timeout far below that. 30 s rather than the default 5 s, so a
        // loaded machine catching up on the writes before the kill does not pass for a claim held by the dead.
        try (KontorProcess second = KontorProcess.standalone(dataDir, CLAIMS_OUTLAST_THE_RESTART,
                "--kontor.query.await-timeout=PT30S")) {
            Http analyst = second.as("analyst").with("X-Await-Position", Long.toString(highest));
            for (Http.Response write : survivors) {
                Http.Response read = analyst.get("/api/accounts/" + write.id());
                assertThat(read.status()).as("acknowledged account %s after kill -9", write.id()).isEqualTo(200);
            }
            Http.Response page = analyst.get("/api/accounts?size=1");
            assertThat(page.json().path("totalElements").asLong()).isGreaterThanOrEqualTo(survivors.size());

            List<String> caughtUp = readModel(second);
            Http admin = second.as("admin");
            assertThat(admin.get("/api/admin/projections").json().findValuesAsText("deadLetters"))
                    .as("events the restarted projections could not apply").containsOnly("0");
            for (JsonNode projection : admin.get("/api/admin/projections").json()) {
                assertThat(admin.post("/api/admin/projections/" + projection.path("name").asText() + "/replay", null).status())
                        .isEqualTo(202);
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> {
                for (JsonNode projection : admin.get("/api/admin/projections").json()) {
                    if (!projection.path("status").asText().equals("RUNNING") || projection.path("lag").asLong() > 0) {
                        return false;
                    }
                }
                return true;
            });
            assertThat(readModel(second)).as("the read models after a full replay").isEqualTo(caughtUp);
        }
    }

    @Test
    void aCleanStopAndRestartKeepsEverything(@TempDir Path dataDir) {
        List<String> before;
        try (KontorProcess first = KontorProcess.standalone(dataDir)) {
            Http service = first.as("service");
            String group = service.post("/api/accounts", Map.of("name", "Zakład Łódź")).id();
            Http.Response last = service.post("/api/accounts", Map.of("name", "Müller GmbH", "parentId", group));
            first.as("analyst").with("X-Await-Position", Long.toString(last.eventPosition())).get("/api/accounts/" + last.id());
            before = readModel(first);
        }
        try (KontorProcess second = KontorProcess.standalone(dataDir)) {
            assertThat(readModel(second)).isEqualTo(before);
            assertThat(before).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    /** What the read side shows: every account and the pipeline report. */
    private static List<String> readModel(KontorProcess process) {
        Http analyst = process.as("analyst");
        List<String> shown = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode accounts = analyst.get("/api/accounts?size=500&page=" + page).json();
            accounts.path("content").forEach(account -> shown.add(account.toString()));
            if (page + 1 >= accounts.path("totalPages").asInt()) {
                break;
            }
        }
        shown.add(analyst.get("/api/reports/pipeline").body());
        return shown;
    }
}
