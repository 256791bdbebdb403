package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Contacts, opportunities, their buying centers, money rollups and pipeline reports over HTTP. */
class PipelineEndToEndTest extends StandaloneTest {

    private String account(String name, String parentId) {
        return openAccount(parentId == null ? Map.of("name", name) : Map.of("name", name, "parentId", parentId)).id();
    }

    private Http.Response opportunity(String accountId, String name, String amount, String currency) {
        Http.Response created = service().post("/api/opportunities", Map.of("accountId", accountId, "name", name,
                "value", Map.of("amount", amount, "currency", currency), "expectedCloseDate", "2026-03-31"));
        assertThat(created.status()).as("opportunity: %s", created).isEqualTo(201);
        return created;
    }

    private static List<String> money(JsonNode list) {
        return java.util.stream.StreamSupport.stream(list.spliterator(), false)
                .map(node -> node.path("amount").asText() + " " + node.path("currency").asText()).toList();
    }

    @Test
    void contactsAreAddedUpdatedAndListedPerAccount() {
        String group = account("Contact group", null);
        Http.Response anna = service().post("/api/accounts/" + group + "/contacts",
                Map.of("firstName", "Anna", "lastName", "Wiśniewska", "email", "anna@grupa.pl", "jobTitle", "CFO"));
        assertThat(anna.status()).isEqualTo(201);
        assertThat(anna.header("Location")).isEqualTo("/api/contacts/" + anna.id());

        Http.Response duplicate = service().post("/api/accounts/" + group + "/contacts",
                Map.of("firstName", "Anka", "lastName", "W.", "email", "ANNA@grupa.pl"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("contactId").asText()).isEqualTo(anna.id());
        assertThat(service().post("/api/accounts/" + UUID.randomUUID() + "/contacts",
                Map.of("firstName", "A", "lastName", "B")).status()).isEqualTo(404);

        Http.Response updated = service().patch("/api/contacts/" + anna.id(), Map.of("jobTitle", "Group CFO"));
        JsonNode contact = readAfter(updated, "/api/contacts/" + anna.id()).json();
        assertThat(contact.path("jobTitle").asText()).isEqualTo("Group CFO");
        assertThat(contact.path("lastName").asText()).isEqualTo("Wiśniewska");
        JsonNode list = analyst().get("/api/accounts/" + group + "/contacts").json();
        assertThat(list.path("content")).extracting(node -> node.path("email").asText()).containsExactly("anna@grupa.pl");
        assertThat(readAfter(updated, "/api/accounts/" + group + "/hierarchy").json().path("own").path("contacts").asLong())
                .isEqualTo(1);
    }

    @Test
    void anOpportunityMovesThroughItsStagesAndIsWon() {
        String group = account("Stage group", null);
        Http.Response opened = opportunity(group, "Chillers", "12500", "EUR");
        String path = "/api/opportunities/" + opened.id();

        JsonNode deal = readAfter(opened, path).json();
        assertThat(deal.path("value").path("amount").asText()).isEqualTo("12500.00");
        assertThat(deal.path("stage").asText()).isEqualTo("PROSPECTING");
        assertThat(deal.path("probability").asInt()).isEqualTo(10);

        service().put(path + "/stage", Map.of("stage", "PROPOSAL"));
        service().patch(path, Map.of("probability", 35));
        Http.Response negotiation = service().put(path + "/stage", Map.of("stage", "NEGOTIATION"));
        deal = readAfter(negotiation, path).json();
        assertThat(deal.path("probability").asInt()).as("an explicit probability sticks").isEqualTo(35);
        JsonNode tree = readAfter(negotiation, "/api/accounts/" + group + "/hierarchy").json();
        assertThat(money(tree.path("rollup").path("weightedPipeline"))).containsExactly("4375.00 EUR");

        Http.Response won = service().post(path + "/win", Map.of("reason", "Signed"));
        assertThat(won.status()).isEqualTo(200);
        deal = readAfter(won, path).json();
        assertThat(deal.path("status").asText()).isEqualTo("WON");
        assertThat(deal.path("probability").asInt()).isEqualTo(100);
        assertThat(money(readAfter(won, "/api/accounts/" + group + "/hierarchy").json().path("rollup").path("won")))
                .containsExactly("12500.00 EUR");
        Http.Response late = service().put(path + "/stage", Map.of("stage", "PROPOSAL"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("rule").asText()).isEqualTo("opportunity-closed");
    }

    @Test
    void moneyIsADecimalStringNeverAFloatAndNeverNegative() {
        String group = account("Money group", null);
        Http.Response floating = service().raw("POST", "/api/opportunities", "application/json",
                "{\"accountId\":\"" + group + "\",\"name\":\"x\",\"value\":{\"amount\":12.5,\"currency\":\"EUR\"}}");
        assertThat(floating.status()).isEqualTo(400);
        assertThat(floating.json().path("errors").get(0).path("field").asText()).isEqualTo("value.amount");
        Http.Response negative = service().post("/api/opportunities", Map.of("accountId", group, "name", "x",
                "value", Map.of("amount", "-5.00", "currency", "EUR")));
        assertThat(negative.status()).isEqualTo(400);
        Http.Response tooPrecise = service().post("/api/opportunities", Map.of("accountId", group, "name", "x",
                "value", Map.of("amount", "5", "currency", "JPY"), "probability", 120));
        assertThat(tooPrecise.json().path("errors").findValuesAsText("field")).containsExactly("probability");
        Http.Response lose = service().post("/api/opportunities/" + opportunity(group, "x", "1.00", "EUR").id() + "/lose", null);
        assertThat(lose.status()).isEqualTo(400);
        assertThat(lose.json().path("errors").get(0).path("field").asText()).isEqualTo("reason");
    }

    @Test
    void anAccountWithOpenOpportunitiesStaysOpen() {
        String group = account("Closing group", null);
        Http.Response deal = opportunity(group, "Open deal", "100.00", "PLN");
        assertThat(service().post("/api/accounts/" + group + "/close", Map.of()).json().path("rule").asText())
                .isEqualTo("account-has-open-opportunities");
        service().post("/api/opportunities/" + deal.id() + "/lose", Map.of("reason", "No budget"));
        assertThat(service().post("/api/accounts/" + group + "/close", Map.of()).status()).isEqualTo(200);
        assertThat(service().post("/api/opportunities", Map.of("accountId", group, "name", "Late",
                "value", Map.of("amount", "1.00", "currency", "PLN"))).json().path("rule").asText()).isEqualTo("account-closed");
    }

    @Test
    void aContactWhoMovesToAnotherCustomerLeavesTheOldBuyingCenter() {
        String group = account("Buying group", null);
        String branch = account("Buying branch", group);
        String stranger = account("Stranger", null);
        String cfo = service().post("/api/accounts/" + group + "/contacts",
                Map.of("firstName", "Piotr", "lastName", "Zieliński", "email", "piotr@grupa.pl")).id();
        String outsider = service().post("/api/accounts/" + stranger + "/contacts",
                Map.of("firstName", "Olga", "lastName", "Иванова")).id();
        Http.Response deal = opportunity(branch, "Branch deal", "1.00", "EUR");
        String stakeholders = "/api/opportunities/" + deal.id() + "/stakeholders/";

        assertThat(service().put(stakeholders + cfo, Map.of("role", "DECISION_MAKER", "influence", 5, "interest", 4))
                .status()).as("a group CFO can sit in a branch's deal").isEqualTo(200);
        Http.Response strangerPlaced = service().put(stakeholders + outsider, Map.of("role", "INFLUENCER"));
        assertThat(strangerPlaced.status()).isEqualTo(409);
        assertThat(strangerPlaced.json().path("rule").asText()).isEqualTo("stakeholder-outside-hierarchy");
        assertThat(service().put(stakeholders + cfo, Map.of("role", "BOSS")).status()).isEqualTo(400);

        Http.Response withinTree = service().put("/api/contacts/" + cfo + "/account", Map.of("accountId", branch));
        assertThat(readAfter(withinTree, "/api/opportunities/" + deal.id()).json().path("stakeholders").size())
                .as("moving within the hierarchy keeps the role").isEqualTo(1);

        Http.Response moved = service().put("/api/contacts/" + cfo + "/account", Map.of("accountId", stranger));
        assertThat(moved.status()).isEqualTo(200);
        JsonNode after = readAfter(moved, "/api/opportunities/" + deal.id()).json();
        assertThat(after.path("stakeholders").size()).isZero();
        assertThat(readAfter(moved, "/api/contacts/" + cfo).json().path("accountId").asText()).isEqualTo(stranger);
        assertThat(readAfter(moved, "/api/accounts/" + stranger + "/hierarchy").json().path("own").path("contacts").asLong())
                .isEqualTo(2);
    }

    @Test
    void aRefusedReassignmentChangesNothing() {
        String group = account("Atomic group", null);
        String target = account("Atomic target", null);
        service().post("/api/accounts/" + target + "/contacts", Map.of("firstName", "Ewa", "lastName", "Kot", "email", "ewa@x.pl"));
        String ewa = service().post("/api/accounts/" + group + "/contacts",
                Map.of("firstName", "Ewa", "lastName", "Kot", "email", "ewa@x.pl")).id();
        Http.Response deal = opportunity(group, "Atomic deal", "1.00", "EUR");
        Http.Response placed = service().put("/api/opportunities/" + deal.id() + "/stakeholders/" + ewa, Map.of("role", "USER"));

        Http.Response refused = service().put("/api/contacts/" + ewa + "/account", Map.of("accountId", target));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(readAfter(placed, "/api/opportunities/" + deal.id()).json().path("stakeholders").size()).isEqualTo(1);
        assertThat(analyst().get("/api/contacts/" + ewa).json().path("accountId").asText()).isEqualTo(group);
        assertThat(analyst().get("/api/contacts/" + ewa).json().path("version").asLong()).isZero();
    }

    @Test
    void thePipelineReportRollsUpEveryHeadquartersAndBreaksATreeDown() {
        String group = account("Report group " + UUID.randomUUID(), null);
        String plant = account("Report plant", group);
        String depot = account("Report depot", plant);
        opportunity(plant, "Chillers", "1000.00", "EUR");
        opportunity(depot, "Pallets", "400.00", "PLN");
        Http.Response last = opportunity(depot, "Racks", "250.00", "EUR");

        JsonNode report = readAfter(last, "/api/reports/pipeline").json();
        JsonNode row = null;
        for (JsonNode candidate : report.path("headquarters")) {
            if (candidate.path("headquartersId").asText().equals(group)) {
                row = candidate;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.path("name").asText()).startsWith("Report group");
        assertThat(row.path("totals").path("count").asLong()).isEqualTo(3);
        assertThat(money(row.path("totals").path("value"))).containsExactly("1250.00 EUR", "400.00 PLN");
        assertThat(money(row.path("stages").get(0).path("weightedValue"))).containsExactly("125.00 EUR", "40.00 PLN");

        JsonNode tree = analyst().get("/api/reports/pipeline/" + group).json();
        assertThat(tree.path("accounts")).extracting(node -> node.path("name").asText())
                .containsExactly("Report plant", "Report depot");
        assertThat(analyst().get("/api/reports/pipeline/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(new Http(baseUrl(), "auditor").get("/api/reports/pipeline").status()).isEqualTo(403);
    }
}
