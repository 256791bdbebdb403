package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every projection rebuilt from the first event equals what it was before, and the service answers meanwhile. */
class ReplayEndToEndTest extends StandaloneTest {

    @Autowired
    private JdbcTemplate jdbc;
    private String mapOfTheGroup;
    private String mapOfTheGroupThen;

    @Test
    void replayingEveryProjectionRebuildsTheSameReadModels() {
        seedSomeHistory();
        JsonNode before = admin().get("/api/admin/projections").json();
        assertThat(before).extracting(node -> node.path("name").asText())
                .contains("accounts", "contacts", "opportunities", "leads", "history", "map");
        long head = before.get(0).path("head").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> allCaughtUp(head));
        Map<String, List<String>> original = ReadModels.snapshot(jdbc);
        String map = analyst().get(mapOfTheGroup).body();
        String mapThen = analyst().get(mapOfTheGroupThen).body();
        assertThat(mapThen).as("the sold plant's deal, as it stood before the sale").contains("\"ring\":1");

        for (JsonNode projection : before) {
            Http.Response replay = admin().post("/api/admin/projections/" + projection.path("name").asText() + "/replay", null);
            assertThat(replay.status()).isEqualTo(202);
            assertThat(analyst().get("/api/reports/pipeline").status()).as("still answering").isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> allCaughtUp(head));

        assertThat(ReadModels.snapshot(jdbc)).isEqualTo(original);
        assertThat(analyst().get(mapOfTheGroup).body()).as("the map, rebuilt").isEqualTo(map);
        assertThat(analyst().get(mapOfTheGroupThen).body()).as("the map as it stood, rebuilt").isEqualTo(mapThen);
        assertThat(admin().post("/api/admin/projections/no-such-projection/replay", null).status()).isEqualTo(404);
        assertThat(analyst().post("/api/admin/projections/accounts/replay", null).status()).isEqualTo(403);
    }

    private boolean allCaughtUp(long head) {
        JsonNode projections = admin().get("/api/admin/projections").json();
        for (JsonNode projection : projections) {
            if (!projection.path("status").asText().equals("RUNNING") || projection.path("position").asLong() < head) {
                return false;
            }
        }
        return true;
    }

    /** A group whose plant is sold off after its people, relationships, a buying center and a review were recorded. */
    private void seedSomeHistory() {
        String group = openAccount(Map.of("name", "Replay group", "country", "PL")).id();
        String plant = openAccount(Map.of("name", "Replay plant", "parentId", group)).id();
        String contact = service().post("/api/accounts/" + plant + "/contacts", Map.of("firstName", "Re", "lastName", "Play",
                "email", "re.play@replay.pl")).id();
        String boss = service().post("/api/accounts/" + group + "/contacts", Map.of("firstName", "Szef", "lastName", "Grupy")).id();
        String deal = service().post("/api/opportunities", Map.of("accountId", plant, "name", "Replay deal",
                "value", Map.of("amount", "333.33", "currency", "EUR"))).id();
        service().put("/api/opportunities/" + deal + "/stakeholders/" + contact, Map.of("role", "CHAMPION"));
        service().put("/api/opportunities/" + deal + "/stakeholders/" + boss, Map.of("roles", List.of("DECISION_MAKER", "SIGNER"),
                "influence", 5, "attitude", -1, "coverage", "BRIEF", "raci", "A"));
        String reportsTo = service().post("/api/contacts/" + contact + "/relationships", Map.of("type", "REPORTS_TO",
                "toContactId", boss, "validFrom", "2025-01-01")).id();
        service().patch("/api/contacts/" + contact + "/relationships/" + reportsTo, Map.of("strength", 5));
        service().post("/api/contacts/" + boss + "/relationships", Map.of("type", "FORMER_EMPLOYEE_OF", "toAccountId", plant));
        service().post("/api/accounts/" + group + "/map/reviews", Map.of("note", "Przegląd"));
        service().patch("/api/opportunities/" + deal, Map.of("probability", 33));
        java.time.Instant seeded = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        while (!java.time.Instant.now().isAfter(seeded.plusMillis(1))) {
            Thread.onSpinWait();
        }
        mapOfTheGroup = "/api/accounts/" + group + "/map";
        mapOfTheGroupThen = mapOfTheGroup + "?opportunityId=" + deal + "&asOf=" + seeded;
        java.util.HashMap<String, Object> toTop = new java.util.HashMap<>();
        toTop.put("parentId", null);
        service().put("/api/accounts/" + plant + "/parent", toTop);
    }
}
