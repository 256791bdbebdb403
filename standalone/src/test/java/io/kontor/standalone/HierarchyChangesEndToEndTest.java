package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What changed in a tree between two instants, over HTTP, from the history of every account version. */
class HierarchyChangesEndToEndTest extends StandaloneTest {

    @Test
    void listsWhatOpenedClosedAndMovedAndHowThePipelineChangedPerCurrency() {
        String group = openAccount(Map.of("name", "Changes group " + UUID.randomUUID())).id();
        String other = openAccount(Map.of("name", "Changes buyer " + UUID.randomUUID())).id();
        String kiosk = openAccount(Map.of("name", "Kiosk", "parentId", group)).id();
        String branch = openAccount(Map.of("name", "Branch", "parentId", group)).id();
        Http.Response deal = service().post("/api/opportunities", Map.of("accountId", branch, "name", "Deal",
                "value", Map.of("amount", "1000.00", "currency", "EUR")));
        readAfter(deal, "/api/accounts/" + group);
        Instant from = Instant.now();
        String plant = openAccount(Map.of("name", "Plant", "parentId", group)).id();
        assertThat(service().put("/api/accounts/" + branch + "/parent", Map.of("parentId", other)).status()).isEqualTo(200);
        assertThat(service().post("/api/accounts/" + kiosk + "/close", Map.of("reason", "lease ended")).status()).isEqualTo(200);
        Http.Response last = service().post("/api/opportunities", Map.of("accountId", plant, "name", "Deal",
                "value", Map.of("amount", "250", "currency", "JPY")));
        readAfter(last, "/api/accounts/" + group);
        Instant to = Instant.now();

        JsonNode changes = analyst().get("/api/accounts/" + group + "/hierarchy/changes?from=" + from + "&to=" + to).json();

        assertThat(changes.path("opened").findValuesAsText("accountId")).containsExactly(plant);
        assertThat(changes.path("closed").findValuesAsText("accountId")).containsExactly(kiosk);
        assertThat(changes.path("moved").get(0).path("accountId").asText()).isEqualTo(branch);
        assertThat(changes.path("moved").get(0).path("direction").asText()).isEqualTo("OUT_OF");
        assertThat(changes.path("before").path("accounts").asInt()).isEqualTo(3);
        assertThat(changes.path("after").path("accounts").asInt()).isEqualTo(2);
        assertThat(changes.path("pipeline").toString()).isEqualTo("[{\"currency\":\"EUR\",\"before\":\"1000.00\",\"after\":\"0.00\","
                + "\"change\":\"-1000.00\"},{\"currency\":\"JPY\",\"before\":\"0\",\"after\":\"250\",\"change\":\"250\"}]");
        assertThat(analyst().get("/api/accounts/" + other + "/hierarchy/changes?from=" + from + "&to=" + to).json()
                .path("moved").get(0).path("direction").asText()).isEqualTo("INTO");
    }

    @Test
    void badIntervalsAndUnknownAccountsAreClearProblems() {
        String group = openAccount(Map.of("name", "Changes interval " + UUID.randomUUID())).id();
        String path = "/api/accounts/" + group + "/hierarchy/changes";

        Http.Response backwards = analyst().get(path + "?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().path("errors").get(0).path("field").asText()).isEqualTo("to");
        assertThat(analyst().get(path + "?from=2026-01-01T00:00:00Z").status()).isEqualTo(400);
        assertThat(analyst().get(path + "?from=yesterday&to=2026-01-01T00:00:00Z").status()).isEqualTo(400);
        assertThat(analyst().get("/api/accounts/" + UUID.randomUUID() + "/hierarchy/changes?from=2026-01-01T00:00:00Z&to="
                + Instant.now()).status()).isEqualTo(404);
        assertThat(new Http(baseUrl(), "auditor").get(path + "?from=2026-01-01T00:00:00Z&to=" + Instant.now()).status())
                .isEqualTo(403);
        assertThat(new Http(baseUrl(), null).get("/v3/api-docs").body()).contains("/api/accounts/{id}/hierarchy/changes");
    }
}
