package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Territories over HTTP: a tree of rules places every account, the territory's owner becomes the account's
 * owner unless one was set by hand, a rule change re-evaluates every account in the background, versions take
 * effect at their instant, and pipeline reports restrict to or group by territory, now and as of then. Every
 * territory here tests an industry of its own, so the accounts of other tests stay out of it.
 */
class TerritoryEndToEndTest extends StandaloneTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String industry = "Territory test " + run;
    private final String ownerOfPoland = UUID.randomUUID().toString();
    private final String ownerOfMazowsze = UUID.randomUUID().toString();

    private Http.Response createTerritory(Map<String, Object> body) {
        Http.Response created = admin().post("/api/admin/territories", body);
        assertThat(created.status()).as("territory: %s", created).isEqualTo(201);
        return created;
    }

    private Map<String, Object> rule(String field, String op, Object value) {
        return Map.of("field", field, "op", op, "value", value);
    }

    private Map<String, Object> account(String name, String country, String region, String parentId, Integer employees) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "industry", industry, "country", country, "region", region));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        if (employees != null) {
            body.put("employees", employees);
        }
        return body;
    }

    /**
     * Waits until the territories' latest re-evaluations are done, so the next test (a replay comparing every table,
     * say) meets a settled read model.
     */
    private void awaitSettled(Http.Response lastWrite, String... territories) {
        for (String territory : territories) {
            awaitReevaluated(lastWrite, territory);
        }
    }

    /** Waits until the projections saw the write and the territory's latest re-evaluation is done. */
    private void awaitReevaluated(Http.Response write, String territoryId) {
        readAfter(write, "/api/territories");
        await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(admin().get("/api/admin/territories/" + territoryId)
                .json().path("reevaluation").path("status").asText()));
    }

    private String territoryOf(String accountId, String asOf) {
        JsonNode answer = analyst().get("/api/accounts/" + accountId + "/territory" + (asOf == null ? "" : "?asOf=" + asOf)).json();
        return answer.path("territoryId").isNull() ? null : answer.path("territoryId").asText();
    }

    private List<String> namesOwnedBy(String ownerId) {
        List<String> names = new ArrayList<>();
        analyst().get("/api/accounts?industry=" + industry.replace(" ", "%20") + "&ownerId=" + ownerId + "&size=100").json()
                .path("content").forEach(item -> names.add(item.path("name").asText()));
        return names;
    }

    private long openCount(String query) {
        return analyst().get("/api/reports/pipeline?" + query).json().path("totals").path("count").asLong();
    }

    @Test
    void territoriesPlaceAccountsGiveThemOwnersAndScopeThePipelineOverTime() {
        String poland = createTerritory(Map.of("name", "Poland " + run, "ownerId", ownerOfPoland, "members", List.of("anna"),
                "rules", List.of(rule("industry", "EQ", industry), rule("country", "IN", List.of("PL"))))).id();
        Http.Response mazowszeCreated = createTerritory(Map.of("name", "Mazowsze " + run, "parentId", poland,
                "ownerId", ownerOfMazowsze, "rules", List.of(rule("region", "EQ", "PL-14"))));
        String mazowsze = mazowszeCreated.id();
        awaitReevaluated(mazowszeCreated, mazowsze);

        String warsaw = openAccount(account("Warszawa " + run, "PL", "PL-14", null, 800)).id();
        String krakow = openAccount(account("Kraków " + run, "PL", "PL-12", warsaw, null)).id();
        Http.Response berlinOpened = openAccount(account("Berlin " + run, "DE", "DE-BE", null, 40));
        String berlin = berlinOpened.id();
        readAfter(berlinOpened, "/api/accounts/" + berlin);

        // the deepest territory whose rules the account meets, with the conditions it met
        JsonNode warsawTerritory = analyst().get("/api/accounts/" + warsaw + "/territory").json();
        assertThat(warsawTerritory.path("territoryId").asText()).isEqualTo(mazowsze);
        assertThat(warsawTerritory.path("matched").get(0).path("field").asText()).isEqualTo("region");
        assertThat(territoryOf(krakow, null)).isEqualTo(poland);
        assertThat(territoryOf(berlin, null)).isNull();

        // the territory's owner is the account's owner, in the account, in lists, in reports
        JsonNode warsawRead = analyst().get("/api/accounts/" + warsaw).json();
        assertThat(warsawRead.path("ownerId").asText()).isEqualTo(ownerOfMazowsze);
        assertThat(warsawRead.path("ownerSource").asText()).isEqualTo("TERRITORY");
        assertThat(warsawRead.path("employees").asInt()).isEqualTo(800);
        assertThat(analyst().get("/api/accounts/" + berlin).json().path("ownerId").isNull()).isTrue();
        assertThat(namesOwnedBy(ownerOfPoland)).containsExactly("Kraków " + run);

        // an owner set by hand sticks until it is cleared
        String rep = UUID.randomUUID().toString();
        Http.Response byHand = service().put("/api/accounts/" + krakow + "/owner", Map.of("ownerId", rep));
        JsonNode krakowRead = readAfter(byHand, "/api/accounts/" + krakow).json();
        assertThat(krakowRead.path("ownerId").asText()).isEqualTo(rep);
        assertThat(krakowRead.path("ownerSource").asText()).isEqualTo("HAND");
        assertThat(namesOwnedBy(ownerOfPoland)).isEmpty();
        Map<String, Object> clear = new HashMap<>();
        clear.put("ownerId", null);
        Http.Response cleared = service().put("/api/accounts/" + krakow + "/owner", clear);
        assertThat(readAfter(cleared, "/api/accounts/" + krakow).json().path("ownerId").asText()).isEqualTo(ownerOfPoland);

        // pipeline restricted to a territory and its sub-territories, and per territory
        service().post("/api/opportunities", Map.of("accountId", warsaw, "name", "Warsaw deal",
                "value", Map.of("amount", "10000.00", "currency", "EUR")));
        Http.Response lastDeal = service().post("/api/opportunities", Map.of("accountId", krakow, "name", "Kraków deal",
                "value", Map.of("amount", "5000.00", "currency", "EUR")));
        readAfter(lastDeal, "/api/reports/pipeline");
        Instant beforeTheChange = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        assertThat(openCount("territoryId=" + poland)).isEqualTo(2);
        assertThat(openCount("territoryId=" + mazowsze)).isEqualTo(1);
        assertThat(openCount("territoryId=" + mazowsze + "&ownerId=" + ownerOfMazowsze)).isEqualTo(1);
        JsonNode perTerritory = analyst().get("/api/reports/pipeline/territories").json();
        assertThat(row(perTerritory, poland).path("totals").path("count").asLong()).isEqualTo(2);
        assertThat(row(perTerritory, mazowsze).path("totals").path("count").asLong()).isEqualTo(1);
        assertThat(row(perTerritory, mazowsze).path("depth").asInt()).isEqualTo(row(perTerritory, poland).path("depth").asInt() + 1);

        // a rule change re-evaluates every account in the background; before it, the territories of then still answer
        Http.Response widened = admin().patch("/api/admin/territories/" + mazowsze,
                Map.of("rules", List.of(rule("region", "IN", List.of("PL-14", "PL-12")))));
        assertThat(widened.status()).as("%s", widened).isEqualTo(200);
        awaitReevaluated(widened, mazowsze);
        JsonNode progress = admin().get("/api/admin/territories/" + mazowsze).json();
        assertThat(progress.path("reevaluation").path("done").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(progress.path("versions")).hasSize(2);
        assertThat(territoryOf(krakow, null)).isEqualTo(mazowsze);
        assertThat(territoryOf(krakow, beforeTheChange.toString())).isEqualTo(poland);
        assertThat(openCount("territoryId=" + mazowsze)).isEqualTo(2);
        assertThat(openCount("territoryId=" + mazowsze + "&asOf=" + beforeTheChange)).isEqualTo(1);
        assertThat(analyst().get("/api/territories/" + poland).json().path("territories").get(0).path("totalAccounts").asLong())
                .isEqualTo(2);

        // a version entered now for next month: today's answers keep the present owner, next month's the new one
        String successor = UUID.randomUUID().toString();
        Instant nextMonth = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Http.Response handover = admin().patch("/api/admin/territories/" + poland,
                Map.of("ownerId", successor, "effectiveFrom", nextMonth.toString()));
        awaitReevaluated(handover, poland);
        assertThat(analyst().get("/api/accounts/" + berlin + "/territory?asOf=" + nextMonth).json().path("territoryId").isNull())
                .isTrue();
        assertThat(analyst().get("/api/territories?asOf=" + nextMonth.plusSeconds(1)).json().path("territories").findValuesAsText("ownerId"))
                .contains(successor).doesNotContain(ownerOfPoland);
        assertThat(analyst().get("/api/territories/" + poland).json().path("territories").get(0).path("ownerId").asText())
                .isEqualTo(ownerOfPoland);

        // a profile change places the account again at once: Warsaw moves to Prague and leaves Poland, Kraków stays
        Http.Response moved = service().patch("/api/accounts/" + warsaw, Map.of("country", "CZ", "region", "CZ-10"));
        assertThat(moved.status()).as("%s", moved).isEqualTo(200);
        readAfter(moved, "/api/accounts/" + warsaw);
        assertThat(territoryOf(warsaw, null)).isNull();
        assertThat(analyst().get("/api/accounts/" + warsaw).json().path("ownerId").isNull()).isTrue();
        assertThat(territoryOf(krakow, null)).isEqualTo(mazowsze);
    }

    @Test
    void racingChangesCannotCloseACycleOrShareAName() throws Exception {
        String east = createTerritory(Map.of("name", "East " + run, "rules", List.of(rule("industry", "EQ", industry)))).id();
        String west = createTerritory(Map.of("name", "West " + run, "rules", List.of(rule("industry", "EQ", industry)))).id();
        List<Http.Response> moves = Races.race(
                () -> admin().patch("/api/admin/territories/" + east, Map.of("parentId", west)),
                () -> admin().patch("/api/admin/territories/" + west, Map.of("parentId", east)));
        assertThat(moves).extracting(Http.Response::status).containsExactlyInAnyOrder(200, 409);
        assertThat(moves).filteredOn(answer -> answer.status() == 409).first()
                .extracting(answer -> answer.json().path("type").asText()).isEqualTo("urn:kontor:problem:territory-cycle");

        List<Http.Response> twins = Races.race(
                () -> admin().post("/api/admin/territories", Map.of("name", "Twin " + run, "rules", List.of(rule("industry", "EQ", industry)))),
                () -> admin().post("/api/admin/territories", Map.of("name", "TWIN " + run, "rules", List.of(rule("industry", "EQ", industry)))));
        assertThat(twins).extracting(Http.Response::status).containsExactlyInAnyOrder(201, 409);
        Http.Response twin = twins.stream().filter(answer -> answer.status() == 201).findFirst().orElseThrow();
        awaitSettled(twin, east, west, twin.id());
    }

    private static JsonNode row(JsonNode report, String territoryId) {
        for (JsonNode row : report.path("territories")) {
            if (row.path("territoryId").asText().equals(territoryId)) {
                return row;
            }
        }
        throw new AssertionError("no row for territory " + territoryId + " in " + report);
    }

    @Test
    void badTerritoriesAreRefusedWithProblemsAndChangeNothing() {
        Http.Response unknownField = admin().post("/api/admin/territories", Map.of("name", "Bad " + run,
                "rules", List.of(rule("turnover", "GTE", 5), rule("country", "GTE", "PL"), rule("employees", "IN", "many"),
                        rule("region", "EQ", List.of("PL-14", "PL-12")))));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknownField.json().path("errors").findValuesAsText("field"))
                .contains("rules[0].field", "rules[2].value", "rules[3].value");
        Http.Response ordered = admin().post("/api/admin/territories", Map.of("name", "Bad " + run,
                "rules", List.of(rule("country", "GTE", "PL"))));
        assertThat(ordered.json().path("errors").findValuesAsText("field")).containsExactly("rules[0].op");
        assertThat(admin().post("/api/admin/territories", Map.of("name", "Bad " + run, "colour", "red")).status()).isEqualTo(400);
        assertThat(analyst().get("/api/territories").json().path("territories").findValuesAsText("name"))
                .doesNotContain("Bad " + run);

        String top = createTerritory(Map.of("name", "Top " + run, "priority", 500_000 + new java.util.Random().nextInt(100_000),
                "rules", List.of(rule("industry", "EQ", industry)))).id();
        Http.Response childCreated = createTerritory(Map.of("name", "Child " + run, "parentId", top, "priority", 1));
        String child = childCreated.id();
        assertThat(admin().post("/api/admin/territories", Map.of("name", "Twin " + run, "parentId", top, "priority", 1))
                .json().path("type").asText()).isEqualTo("urn:kontor:problem:territory-priority-taken");
        assertThat(admin().post("/api/admin/territories", Map.of("name", "child " + run, "parentId", top))
                .json().path("type").asText()).isEqualTo("urn:kontor:problem:territory-name-taken");
        assertThat(admin().post("/api/admin/territories", Map.of("name", "Lost " + run, "parentId", UUID.randomUUID().toString()))
                .json().path("type").asText()).isEqualTo("urn:kontor:problem:territory-parent-not-found");
        Http.Response cycle = admin().patch("/api/admin/territories/" + top, Map.of("parentId", child));
        assertThat(cycle.status()).isEqualTo(409);
        assertThat(cycle.json().path("type").asText()).isEqualTo("urn:kontor:problem:territory-cycle");
        assertThat(admin().patch("/api/admin/territories/" + top, Map.of("name", "Top again " + run,
                "effectiveFrom", "2000-01-01T00:00:00Z")).json().path("type").asText())
                .isEqualTo("urn:kontor:problem:territory-version-order");
        assertThat(admin().patch("/api/admin/territories/" + top, Map.of("priority", "first")).status()).isEqualTo(400);
        assertThat(service().post("/api/admin/territories", Map.of("name", "Not yours " + run)).status()).isEqualTo(403);
        assertThat(admin().get("/api/admin/territories/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(analyst().get("/api/territories/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(analyst().get("/api/reports/pipeline?territoryId=" + UUID.randomUUID()).status()).isEqualTo(404);

        Http.Response negative = service().post("/api/accounts", Map.of("name", "Negative " + run, "employees", -1));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().path("errors").findValuesAsText("field")).containsExactly("employees");
        awaitSettled(childCreated, top, child);
    }
}
