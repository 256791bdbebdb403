package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AccountHierarchyEndToEndTest extends StandaloneTest {

    private Map<String, Object> account(String name, Object parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return body;
    }

    @Test
    void opensAHierarchyAndReadsItBackWithRollups() {
        String group = openAccount(Map.of("name", "Grupa Żywiec", "kind", "HOLDING", "country", "PL")).id();
        String plant = openAccount(Map.of("name", "Zakład Łódź", "kind", "LOCATION", "parentId", group,
                "country", "PL", "region", "PL-10", "website", "https://zaklad-lodz.pl")).id();
        Http.Response last = openAccount(account("Biuro Kraków", plant));

        JsonNode view = readAfter(last, "/api/accounts/" + last.id()).json();
        assertThat(view.path("headquartersId").asText()).isEqualTo(group);
        assertThat(view.path("parentId").asText()).isEqualTo(plant);
        assertThat(view.path("path")).extracting(JsonNode::asText).containsExactly(group, plant, last.id());
        assertThat(view.path("status").asText()).isEqualTo("OPEN");

        JsonNode tree = analyst().get("/api/accounts/" + group + "/hierarchy").json();
        assertThat(tree.path("rollup").path("accounts").asLong()).isEqualTo(3);
        assertThat(tree.path("own").path("accounts").asLong()).isEqualTo(1);
        assertThat(tree.path("rollup").path("pipeline").isArray()).isTrue();
        JsonNode plantNode = tree.path("children").get(0);
        assertThat(plantNode.path("name").asText()).isEqualTo("Zakład Łódź");
        assertThat(plantNode.path("rollup").path("accounts").asLong()).isEqualTo(2);
        assertThat(plantNode.path("children").get(0).path("name").asText()).isEqualTo("Biuro Kraków");
    }

    @Test
    void movesASubtreeToAnotherHeadquartersAndThenToTheTop() {
        String oldGroup = openAccount(account("Old group", null)).id();
        String company = openAccount(account("Company", oldGroup)).id();
        String plant = openAccount(account("Plant", company)).id();
        String newGroup = openAccount(account("New group", null)).id();

        Http.Response moved = service().put("/api/accounts/" + company + "/parent", Map.of("parentId", newGroup));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().path("version").asLong()).isEqualTo(1);
        assertThat(moved.header("ETag")).isEqualTo("\"1\"");

        JsonNode plantView = readAfter(moved, "/api/accounts/" + plant).json();
        assertThat(plantView.path("headquartersId").asText()).isEqualTo(newGroup);
        assertThat(plantView.path("path")).extracting(JsonNode::asText).containsExactly(newGroup, company, plant);
        assertThat(rollupAccounts(oldGroup)).isEqualTo(1);
        assertThat(rollupAccounts(newGroup)).isEqualTo(3);

        Map<String, Object> toTop = new HashMap<>();
        toTop.put("parentId", null);
        Http.Response madeHeadquarters = service().put("/api/accounts/" + company + "/parent", toTop);
        assertThat(madeHeadquarters.status()).isEqualTo(200);
        JsonNode again = readAfter(madeHeadquarters, "/api/accounts/" + plant).json();
        assertThat(again.path("headquartersId").asText()).isEqualTo(company);
        assertThat(readAfter(madeHeadquarters, "/api/accounts/" + company).json().path("parentId").isNull()).isTrue();
        assertThat(rollupAccounts(newGroup)).isEqualTo(1);
        assertThat(rollupAccounts(company)).isEqualTo(2);
    }

    @Test
    void refusesMovesThatBreakTheHierarchy() {
        String group = openAccount(account("Group", null)).id();
        String company = openAccount(account("Company", group)).id();
        String closed = openAccount(account("Closed", null)).id();
        assertThat(service().post("/api/accounts/" + closed + "/close", Map.of("reason", "merged")).status()).isEqualTo(200);

        Http.Response cycle = service().put("/api/accounts/" + group + "/parent", Map.of("parentId", company));
        assertThat(cycle.status()).isEqualTo(409);
        assertThat(cycle.json().path("type").asText()).isEqualTo("urn:kontor:problem:hierarchy-cycle");
        assertThat(service().put("/api/accounts/" + company + "/parent", Map.of("parentId", closed)).json()
                .path("rule").asText()).isEqualTo("parent-closed");
        assertThat(service().put("/api/accounts/" + company + "/parent", Map.of("parentId", UUID.randomUUID().toString()))
                .json().path("rule").asText()).isEqualTo("parent-not-found");
        Http.Response missing = service().put("/api/accounts/" + company + "/parent", Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").get(0).path("field").asText()).isEqualTo("parentId");
        assertThat(service().post("/api/accounts", account("Child of closed", closed)).json().path("rule").asText())
                .isEqualTo("parent-closed");
    }

    @Test
    void closingFollowsTheChildrenAndDebtorNumberRules() {
        String group = openAccount(Map.of("name", "Group", "debtorNumber", "DEB-" + UUID.randomUUID())).id();
        String company = openAccount(account("Company", group)).id();

        Http.Response refused = service().post("/api/accounts/" + group + "/close", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("rule").asText()).isEqualTo("account-has-open-children");

        assertThat(service().post("/api/accounts/" + company + "/close", null).status()).isEqualTo(200);
        Http.Response closed = service().post("/api/accounts/" + group + "/close", Map.of("reason", "Customer insolvent"));
        assertThat(closed.status()).isEqualTo(200);
        JsonNode view = readAfter(closed, "/api/accounts/" + group).json();
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        assertThat(view.path("closeReason").asText()).isEqualTo("Customer insolvent");
        assertThat(service().patch("/api/accounts/" + group, Map.of("name", "Renamed")).json().path("rule").asText())
                .isEqualTo("account-closed");
    }

    @Test
    void aDebtorNumberBelongsToOneOpenAccount() {
        String debtor = "ERP-" + UUID.randomUUID().toString().substring(0, 8);
        String first = openAccount(Map.of("name", "First", "debtorNumber", debtor)).id();
        Http.Response second = service().post("/api/accounts", Map.of("name", "Second", "debtorNumber", debtor.toLowerCase()));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("accountId").asText()).isEqualTo(first);

        service().post("/api/accounts/" + first + "/close", Map.of());
        assertThat(service().post("/api/accounts", Map.of("name", "Successor", "debtorNumber", debtor)).status())
                .isEqualTo(201);
    }

    @Test
    void patchesTheProfileAndClearsFieldsWithNull() {
        String id = openAccount(Map.of("name", "Van den Berg B.V.", "country", "NL", "region", "NL-NH",
                "industry", "Logistics", "website", "vandenberg.nl")).id();
        Map<String, Object> patch = new HashMap<>();
        patch.put("name", "Van den Berg Groep B.V.");
        patch.put("industry", null);
        Http.Response updated = service().patch("/api/accounts/" + id, patch);
        assertThat(updated.status()).isEqualTo(200);

        JsonNode view = readAfter(updated, "/api/accounts/" + id).json();
        assertThat(view.path("name").asText()).isEqualTo("Van den Berg Groep B.V.");
        assertThat(view.path("industry").isNull()).isTrue();
        assertThat(view.path("region").asText()).isEqualTo("NL-NH");
        assertThat(view.path("version").asLong()).isEqualTo(1);

        Http.Response invalid = service().patch("/api/accounts/" + id, Map.of("region", "PL-14", "colour", "red"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("errors").findValuesAsText("field")).contains("colour");
    }

    @Test
    void namesInAnyScriptRoundTripExactlyAndSearchIgnoresCaseAndAccents() {
        List<String> names = List.of("Zakład Łódź Śródmieście", "Müller & Söhne GmbH", "Bakkerij IJsselstein B.V.",
                "ООО «Ромашка»", "Ærø Fiskeri ApS");
        List<Http.Response> created = new ArrayList<>();
        for (String name : names) {
            created.add(openAccount(Map.of("name", name)));
        }
        for (int i = 0; i < names.size(); i++) {
            assertThat(readAfter(created.get(i), "/api/accounts/" + created.get(i).id()).json().path("name").asText())
                    .isEqualTo(names.get(i));
        }
        assertThat(searchNames("lodz")).contains("Zakład Łódź Śródmieście");
        assertThat(searchNames("MULLER")).contains("Müller & Söhne GmbH");
        assertThat(searchNames("ijssel")).contains("Bakkerij IJsselstein B.V.");
        assertThat(searchNames("ромашка")).contains("ООО «Ромашка»");
        assertThat(searchNames("aero")).contains("Ærø Fiskeri ApS");
    }

    @Test
    void listsAPageOfAccountsFilteredByHeadquartersAndRegion() {
        String group = openAccount(account("Filter group", null)).id();
        Http.Response last = null;
        for (int i = 0; i < 5; i++) {
            last = openAccount(Map.of("name", "Store " + i, "parentId", group, "country", "DE",
                    "region", i % 2 == 0 ? "DE-BY" : "DE-BE"));
        }
        JsonNode page = readAfter(last, "/api/accounts?headquartersId=" + group + "&region=DE-BY&size=2&page=0").json();
        assertThat(page.path("totalElements").asLong()).isEqualTo(3);
        assertThat(page.path("totalPages").asLong()).isEqualTo(2);
        assertThat(page.path("content")).extracting(node -> node.path("name").asText()).containsExactly("Store 0", "Store 2");
        assertThat(analyst().get("/api/accounts?size=0").status()).isEqualTo(400);
        assertThat(analyst().get("/api/accounts?ownerId=nope").status()).isEqualTo(400);
    }

    private long rollupAccounts(String id) {
        return analyst().get("/api/accounts/" + id + "/hierarchy?maxDepth=0").json().path("rollup").path("accounts").asLong();
    }

    private List<String> searchNames(String query) {
        JsonNode page = analyst().get("/api/accounts?size=500&q=" + java.net.URLEncoder.encode(query,
                java.nio.charset.StandardCharsets.UTF_8)).json();
        List<String> found = new ArrayList<>();
        page.path("content").forEach(node -> found.add(node.path("name").asText()));
        return found;
    }
}
