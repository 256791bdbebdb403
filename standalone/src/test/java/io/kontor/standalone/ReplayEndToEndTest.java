package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A replay builds a new generation of a read model beside the live one and switches at the end: every
 * read in between answers from the complete live generation, the rebuilt tables equal the old ones row
 * by row (writes made during the replay included), and a failed or cancelled replay changes nothing.
 */
class ReplayEndToEndTest extends StandaloneTest {

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void letRebuildsGo() {
        ReplayProbe.release();
        ReplayProbe.failRebuilds(false);
    }

    @Test
    void replayingEveryProjectionRebuildsTheSameReadModels() {
        Seeded seeded = seedSomeHistory();
        Map<String, Integer> before = generations();
        assertThat(before).containsKeys("accounts", "contacts", "opportunities", "leads", "history", "map");
        Map<String, List<String>> original = ReadModels.snapshot(jdbc);
        String map = analyst().get(seeded.map()).body();
        String mapThen = analyst().get(seeded.mapThen()).body();
        assertThat(mapThen).as("the plant's deal, as it stood before the plant was moved out").contains("\"ring\":1");

        for (String name : before.keySet()) {
            Http.Response replay = admin().post("/api/admin/projections/" + name + "/replay", null);
            assertThat(replay.status()).isEqualTo(202);
            assertThat(analyst().get("/api/reports/pipeline").status()).as("still answering").isEqualTo(200);
        }
        awaitAllSwitchedFrom(before);

        assertThat(ReadModels.snapshot(jdbc)).isEqualTo(original);
        assertThat(analyst().get(seeded.map()).body()).as("the map, rebuilt").isEqualTo(map);
        assertThat(analyst().get(seeded.mapThen()).body()).as("the map as it stood, rebuilt").isEqualTo(mapThen);
        assertThat(admin().post("/api/admin/projections/no-such-projection/replay", null).status()).isEqualTo(404);
        assertThat(analyst().post("/api/admin/projections/accounts/replay", null).status()).isEqualTo(403);
    }

    @Test
    void readsDuringAReplayAnswerFromTheWholeLiveGenerationAndWritesMadeMeanwhileAreNotLost() throws Exception {
        Seeded seeded = seedSomeHistory();
        Map<String, Integer> before = generations();
        Map<String, Long> counts = counts(seeded);
        JsonNode tree = analyst().get("/api/accounts/" + seeded.group() + "/hierarchy").json();

        ReplayProbe.hold();
        assertThat(admin().post("/api/admin/projections/replay", null).status()).isEqualTo(202);
        assertThat(ReplayProbe.awaitRebuildHeld()).as("the replay is under way").isTrue();

        assertThat(admin().get("/api/admin/projections").json()).allSatisfy(projection -> {
            assertThat(projection.path("status").asText()).isEqualTo("REPLAYING");
            assertThat(projection.path("replay").path("state").asText()).isEqualTo("BUILDING");
            assertThat(projection.path("replay").path("generation").asInt())
                    .isGreaterThan(before.get(projection.path("name").asText()));
        });
        assertThat(counts(seeded)).isEqualTo(counts);
        assertThat(analyst().get("/api/accounts/" + seeded.group() + "/hierarchy").json()).isEqualTo(tree);
        Http.Response late = openAccount(Map.of("name", "Opened while replaying", "parentId", seeded.group()));
        Http.Response lateTree = readAfter(late, "/api/accounts/" + seeded.group() + "/hierarchy");
        assertThat(lateTree.json().path("rollup").path("accounts").asLong()).as(lateTree.toString())
                .isEqualTo(tree.path("rollup").path("accounts").asLong() + 1);
        Map<String, List<String>> live = ReadModels.snapshot(jdbc);

        ReplayProbe.release();
        awaitAllSwitchedFrom(before);

        assertThat(ReadModels.snapshot(jdbc)).isEqualTo(live);
    }

    @Test
    void aFailedReplayLeavesEveryLiveReadModelAsItWas() {
        seedSomeHistory();
        Map<String, Integer> before = generations();
        Map<String, List<String>> original = ReadModels.snapshot(jdbc);

        ReplayProbe.failRebuilds(true);
        assertThat(admin().post("/api/admin/projections/replay", null).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> states().values().stream().allMatch("FAILED"::equals));

        assertThat(generations()).isEqualTo(before);
        assertThat(admin().get("/api/admin/projections/accounts").json().path("replay").path("failure").asText())
                .contains("the replay probe fails this rebuild");
        assertThat(ReadModels.snapshot(jdbc)).isEqualTo(original);
        assertThat(analyst().get("/api/accounts?size=1").status()).isEqualTo(200);
    }

    @Test
    void aCancelledReplayLeavesTheLiveReadModelAsItWasAndDropsWhatItBuilt() throws Exception {
        seedSomeHistory();
        Map<String, Integer> before = generations();
        Map<String, List<String>> original = ReadModels.snapshot(jdbc);
        ReplayProbe.hold();
        assertThat(admin().post("/api/admin/projections/" + ReplayProbe.NAME + "/replay", null).status()).isEqualTo(202);
        assertThat(ReplayProbe.awaitRebuildHeld()).isTrue();
        int building = admin().get("/api/admin/projections/" + ReplayProbe.NAME).json().path("replay").path("generation").asInt();

        Http.Response cancelled = admin().delete("/api/admin/projections/" + ReplayProbe.NAME + "/replay");
        ReplayProbe.release();

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().path("replay").path("state").asText()).isEqualTo("CANCELLED");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM "
                + "information_schema.schemata WHERE LOWER(schema_name) = ?", Long.class, "rm_replay_probe_" + building) == 0);
        assertThat(generations()).isEqualTo(before);
        assertThat(ReadModels.snapshot(jdbc)).isEqualTo(original);
        assertThat(admin().delete("/api/admin/projections/" + ReplayProbe.NAME + "/replay").status()).isEqualTo(404);
    }

    /** {@code map} and {@code mapThen}: the group's map now, and with the deal's buying center before the moves. */
    private record Seeded(String group, String plant, String map, String mapThen) {
    }

    private Seeded seedSomeHistory() {
        String group = openAccount(Map.of("name", "Replay group", "country", "PL")).id();
        String plant = openAccount(Map.of("name", "Replay plant", "parentId", group)).id();
        String contact = service().post("/api/accounts/" + plant + "/contacts", Map.of("firstName", "Re", "lastName", "Play",
                "email", "re.play." + System.nanoTime() + "@replay.pl")).id();
        String deal = service().post("/api/opportunities", Map.of("accountId", plant, "name", "Replay deal",
                "value", Map.of("amount", "333.33", "currency", "EUR"))).id();
        service().put("/api/opportunities/" + deal + "/stakeholders/" + contact, Map.of("role", "CHAMPION"));
        String boss = service().post("/api/accounts/" + group + "/contacts", Map.of("firstName", "Szef", "lastName", "Grupy")).id();
        service().put("/api/opportunities/" + deal + "/stakeholders/" + boss, Map.of("roles", List.of("DECISION_MAKER", "SIGNER"),
                "influence", 5, "attitude", -1, "coverage", "BRIEF", "raci", "A"));
        String reportsTo = service().post("/api/contacts/" + contact + "/relationships", Map.of("type", "REPORTS_TO",
                "toContactId", boss, "validFrom", "2025-01-01")).id();
        service().patch("/api/contacts/" + contact + "/relationships/" + reportsTo, Map.of("strength", 5));
        service().post("/api/contacts/" + boss + "/relationships", Map.of("type", "FORMER_EMPLOYEE_OF", "toAccountId", plant));
        service().post("/api/accounts/" + group + "/map/reviews", Map.of("note", "Przegląd"));
        service().patch("/api/opportunities/" + deal, Map.of("probability", 33));
        Instant beforeTheMoves = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        while (!Instant.now().isAfter(beforeTheMoves.plusMillis(1))) {
            Thread.onSpinWait();
        }
        service().post("/api/leads", Map.of("firstName", "Lea", "lastName", "Replay", "companyName", "Replay Lead Ltd",
                "email", "lea." + System.nanoTime() + "@replay-lead.pl"));
        HashMap<String, Object> toTop = new HashMap<>();
        toTop.put("parentId", null);
        Http.Response moved = service().put("/api/accounts/" + plant + "/parent", toTop);
        HashMap<String, Object> back = new HashMap<>();
        back.put("parentId", group);
        Http.Response movedBack = service().put("/api/accounts/" + plant + "/parent", back);
        assertThat(List.of(moved.status(), movedBack.status())).containsOnly(200);
        readAfter(movedBack, "/api/accounts/" + plant);
        String map = "/api/accounts/" + group + "/map";
        return new Seeded(group, plant, map, map + "?opportunityId=" + deal + "&asOf=" + beforeTheMoves);
    }

    /** What an analyst counts: accounts, the plant's contacts and opportunities, leads. */
    private Map<String, Long> counts(Seeded seeded) {
        return Map.of("accounts", total("/api/accounts?size=1"),
                "contacts", total("/api/accounts/" + seeded.plant() + "/contacts?size=1"),
                "opportunities", total("/api/accounts/" + seeded.plant() + "/opportunities?size=1"),
                "leads", total("/api/leads?size=1"));
    }

    private long total(String path) {
        Http.Response answer = analyst().get(path);
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.json().path("totalElements").asLong();
    }

    private Map<String, Integer> generations() {
        Map<String, Integer> generations = new HashMap<>();
        admin().get("/api/admin/projections").json()
                .forEach(projection -> generations.put(projection.path("name").asText(), projection.path("generation").asInt()));
        return generations;
    }

    private Map<String, String> states() {
        Map<String, String> states = new HashMap<>();
        admin().get("/api/admin/projections").json()
                .forEach(projection -> states.put(projection.path("name").asText(), projection.path("replay").path("state").asText()));
        return states;
    }

    private void awaitAllSwitchedFrom(Map<String, Integer> before) {
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            for (JsonNode projection : admin().get("/api/admin/projections").json()) {
                String name = projection.path("name").asText();
                if (!projection.path("status").asText().equals("RUNNING") || before.containsKey(name)
                        && projection.path("generation").asInt() <= before.get(name)) {
                    return false;
                }
            }
            return true;
        });
    }
}
