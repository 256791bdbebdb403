package io.kontor.standalone;

import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Aggregates that live long and change often: they are loaded from snapshots, and every write still
 * answers with exactly the version its own event gave the aggregate.
 */
class LongLivedAggregateEndToEndTest extends StandaloneTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAccountChangedHundredsOfTimesIsSnapshottedAndKeepsAnsweringRight() {
        String id = openAccount(Map.of("name", "Busy Holding")).id();
        for (int i = 1; i <= 250; i++) {
            Http.Response updated = service().patch("/api/accounts/" + id, Map.of("industry", "Industry " + i));
            assertThat(updated.header("ETag")).isEqualTo("\"" + i + "\"");
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Integer.class, id) > 0);
        Http.Response closed = service().post("/api/accounts/" + id + "/close", Map.of("reason", "merged"));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.header("ETag")).isEqualTo("\"251\"");
        assertThat(service().patch("/api/accounts/" + id, Map.of("industry", "Late")).status())
                .as("a closed account takes no changes, whether it was loaded from a snapshot or not").isEqualTo(409);
        assertThat(readAfter(closed, "/api/accounts/" + id).json().path("industry").asText()).isEqualTo("Industry 250");
    }

    @Test
    void aSnapshotOfAnOlderShapeIsIgnoredAndTheAggregateRebuiltFromItsEvents() {
        String id = openAccount(Map.of("name", "Reshaped GmbH")).id();
        jdbc.update("INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier, "
                        + "payload, payload_revision, payload_type, time_stamp, meta_data) VALUES (?, 0, 'Account', ?, ?, "
                        + "'shape-of-another-release', 'io.kontor.command.account.Account', '2026-01-01T00:00:00Z', ?)",
                id, java.util.UUID.randomUUID().toString(), "{\"unexpected\":true}".getBytes(), "{}".getBytes());

        Http.Response updated = service().patch("/api/accounts/" + id, Map.of("industry", "Chemicals"));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void concurrentWritesToOneAggregateEachAnswerWithTheVersionOfTheirOwnEvent() throws Exception {
        String id = openAccount(Map.of("name", "Crowded AG")).id();
        int writers = 12;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<CompletableFuture<Http.Response>> answers = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String industry = "Industry " + i;
                answers.add(CompletableFuture.supplyAsync(() ->
                        service().patch("/api/accounts/" + id, Map.of("industry", industry)), pool));
            }
            Set<String> versions = new HashSet<>();
            for (CompletableFuture<Http.Response> answer : answers) {
                Http.Response response = answer.get();
                assertThat(response.status()).isEqualTo(200);
                versions.add(response.header("ETag"));
            }
            assertThat(versions).as("every write has its own version").hasSize(writers);
        } finally {
            pool.shutdown();
        }
    }
}
