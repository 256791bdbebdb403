package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account map over HTTP: people of a whole hierarchy, their relationships, the buying center's
 * seats on the grid and the onion, what the map is missing, its reviews, its exports, and every refusal.
 */
class AccountMapEndToEndTest extends StandaloneTest {

    private long lastPosition;

    private String account(String name, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("parentId", parentId);
        return remember(openAccount(body)).id();
    }

    private String contact(String accountId, String firstName, String lastName, String jobTitle) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("jobTitle", jobTitle);
        return expect(service().post("/api/accounts/" + accountId + "/contacts", body), 201).id();
    }

    private Http.Response relate(String from, String type, String to, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("type", type);
        body.put(type.equals("FORMER_EMPLOYEE_OF") ? "toAccountId" : "toContactId", to);
        return service().post("/api/contacts/" + from + "/relationships", body);
    }

    private void seat(String deal, String contact, Map<String, Object> seat) {
        expect(service().put("/api/opportunities/" + deal + "/stakeholders/" + contact, seat), 200);
    }

    private JsonNode map(String accountId, String query) {
        Http.Response map = analyst().with("X-Await-Position", Long.toString(lastPosition))
                .get("/api/accounts/" + accountId + "/map" + query);
        assertThat(map.status()).as("map: %s", map).isEqualTo(200);
        return map.json();
    }

    private static Map<String, List<String>> findings(JsonNode map) {
        Map<String, List<String>> findings = new HashMap<>();
        map.path("findings").forEach(finding -> {
            List<String> contacts = new ArrayList<>();
            finding.path("contacts").forEach(id -> contacts.add(id.asText()));
            findings.put(finding.path("code").asText(), contacts);
        });
        return findings;
    }

    private static JsonNode node(JsonNode map, String contactId) {
        for (JsonNode node : map.path("nodes")) {
            if (node.path("contactId").asText().equals(contactId)) {
                return node;
            }
        }
        throw new AssertionError("no node " + contactId + " in " + map);
    }

    @Test
    void theMapOfAGroupShowsItsPeopleTheBuyingCenterAndWhatItIsMissing() {
        String group = account("Grupa \"Północ\" <PL> & Co " + UUID.randomUUID(), null);
        String plant = account("Zakład Łódź", group);
        String cfo = contact(group, "Anna", "Wiśniewska", "CFO");
        String assistant = contact(group, "Jan", "Kowalski", "Assistant to the CFO");
        String buyer = contact(plant, "Ирина", "Смирнова", "Purchasing");
        String engineer = contact(plant, "Piotr", "Zieliński", "Maintenance engineer");
        expect(relate(assistant, "REPORTS_TO", cfo, Map.of()), 201);
        expect(relate(engineer, "WORKED_WITH", assistant, Map.of("strength", 4, "validFrom", "2024-09-01")), 201);
        expect(relate(buyer, "BLOCKS", engineer, Map.of("sentiment", -2, "note", "Prefers the incumbent")), 201);
        String deal = expect(service().post("/api/opportunities", Map.of("accountId", plant, "name", "Chłodnie",
                "value", Map.of("amount", "120000.00", "currency", "PLN"))), 201).id();
        seat(deal, cfo, Map.of("role", "DECISION_MAKER", "influence", 5, "interest", 4, "coverage", "NO_CONTACT"));
        seat(deal, assistant, Map.of("role", "GATEKEEPER", "influence", 2, "interest", 3, "coverage", "BRIEF"));
        seat(deal, engineer, Map.of("roles", List.of("CHAMPION", "USER"), "influence", 3, "interest", 5, "attitude", 2,
                "coverage", "MULTIPLE", "raci", "R"));
        seat(deal, buyer, Map.of("roles", List.of("BLOCKER", "INFLUENCER"), "influence", 4, "interest", 2, "attitude", -1,
                "coverage", "BRIEF"));

        JsonNode map = map(plant, "?opportunityId=" + deal);
        assertThat(map.path("headquartersId").asText()).isEqualTo(group);
        assertThat(map.path("nodes")).hasSize(4);
        assertThat(node(map, cfo).path("quadrant").asText()).isEqualTo("MANAGE_CLOSELY");
        assertThat(node(map, cfo).path("ring").asInt()).isEqualTo(1);
        assertThat(node(map, engineer).path("ring").asInt()).isEqualTo(2);
        assertThat(node(map, engineer).path("roles").toString()).isEqualTo("[\"CHAMPION\",\"USER\"]");
        assertThat(node(map, buyer).path("quadrant").asText()).isEqualTo("KEEP_SATISFIED");
        assertThat(node(map, assistant).path("ring").asInt()).isEqualTo(3);
        assertThat(map.path("edges")).hasSize(3);
        assertThat(findings(map)).containsOnlyKeys("DECISION_MAKER_UNDER_COVERED", "UNCOUNTERED_OPPONENT", "SINGLE_THREADED",
                        "DECISION_MAKER_BEHIND_GATEKEEPER", "MAP_NOT_REVIEWED")
                .containsEntry("UNCOUNTERED_OPPONENT", List.of(buyer))
                .containsEntry("SINGLE_THREADED", List.of(engineer));
        assertThat(findings(map).get("DECISION_MAKER_BEHIND_GATEKEEPER")).containsExactlyInAnyOrder(cfo, assistant);

        expect(relate(engineer, "INFLUENCES", buyer, Map.of()), 201);
        remember(expect(service().post("/api/accounts/" + group + "/map/reviews", Map.of("note", "Smirnova still blocks")), 201));
        assertThat(findings(map(group, "?opportunityId=" + deal)))
                .as("the champion now works on the blocker, and the map was reviewed")
                .doesNotContainKeys("UNCOUNTERED_OPPONENT", "MAP_NOT_REVIEWED");
        assertThat(map(group, "").path("lastReview").path("note").asText()).isEqualTo("Smirnova still blocks");
        assertThat(service().get("/api/opportunities/" + deal).json().path("stakeholders").toString())
                .contains("\"coverage\":\"MULTIPLE\"", "\"raci\":\"R\"", "\"role\":\"CHAMPION\"");
    }

    @Test
    void theMapExportsAsMermaidAndGraphmlWithEveryNameAsWritten() {
        String group = account("Zakład \"Łódź\" <Nord> & Söhne " + UUID.randomUUID(), null);
        String anna = contact(group, "Anna", "Wiśniewska-Żak", "CFO & <Finance>");
        String irina = contact(group, "Ирина", "Смирнова", "Закупки");
        expect(relate(irina, "ADVISES", anna, Map.of()), 201);

        Http.Response mermaid = analyst().with("X-Await-Position", Long.toString(lastPosition)).with("Accept", "text/vnd.mermaid")
                .get("/api/accounts/" + group + "/map");
        assertThat(mermaid.status()).isEqualTo(200);
        assertThat(mermaid.header("Content-Type")).startsWith("text/vnd.mermaid");
        assertThat(mermaid.body()).startsWith("flowchart LR").contains("Zakład #quot;Łódź#quot; #lt;Nord#gt; #amp; Söhne")
                .contains("Anna Wiśniewska-Żak<br/>CFO #amp; #lt;Finance#gt;").contains("Ирина Смирнова")
                .contains("|\"ADVISES 3\"|");

        Http.Response graphml = analyst().with("Accept", "application/graphml+xml").get("/api/accounts/" + group + "/map");
        assertThat(graphml.status()).isEqualTo(200);
        assertThat(graphml.header("Content-Type")).startsWith("application/graphml+xml");
        assertThat(graphml.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><graphml")
                .contains("Zakład \"Łódź\" &lt;Nord&gt; &amp; Söhne").contains("CFO &amp; &lt;Finance&gt;")
                .contains("Ирина Смирнова").contains("source=\"" + irina + "\" target=\"" + anna + "\"");

        assertThat(analyst().with("Accept", "image/png").get("/api/accounts/" + group + "/map").status()).isEqualTo(406);
    }

    @Test
    void everyChangeOfARelationshipIsInTheContactsHistoryAndTheEndKeepsItInOlderMaps() {
        String group = account("Historia " + UUID.randomUUID(), null);
        String anna = contact(group, "Anna", "Nowak", "CFO");
        String jan = contact(group, "Jan", "Nowak", "Controller");
        String relationship = expect(relate(jan, "REPORTS_TO", anna, Map.of("validFrom", "2025-02-01")), 201).id();
        String path = "/api/contacts/" + jan + "/relationships/" + relationship;
        expect(service().patch(path, Map.of("strength", 5, "note", "Daily stand-up")), 200);
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        while (!Instant.now().isAfter(before.plusMillis(1))) {
            Thread.onSpinWait();
        }
        expect(service().post(path + "/end", Map.of("validTo", "2025-12-31")), 200);

        JsonNode events = new Http(baseUrl(), "auditor").get("/api/audit/contacts/" + jan + "/events").json().path("events");
        List<String> types = new ArrayList<>();
        events.forEach(event -> types.add(event.path("type").asText()));
        assertThat(types).containsExactly("ContactAdded", "RelationshipAdded", "RelationshipUpdated", "RelationshipEnded");
        assertThat(events.get(3).path("payload").path("cause").asText()).isEqualTo("ENDED");

        assertThat(map(group, "").path("edges")).isEmpty();
        JsonNode older = map(group, "?asOf=" + before).path("edges");
        assertThat(older).hasSize(1);
        assertThat(older.get(0).path("strength").asInt()).isEqualTo(5);
        JsonNode listed = read("/api/contacts/" + jan + "/relationships?ended=true");
        assertThat(listed.path("outgoing").get(0).path("validTo").asText()).isEqualTo("2025-12-31");
        assertThat(read("/api/contacts/" + anna + "/relationships?ended=true").path("incoming")).hasSize(1);
        assertThat(read("/api/contacts/" + anna + "/relationships").path("incoming")).as("only current ones").isEmpty();
    }

    @Test
    void aContactWhoLeftTheCompanyIsItsFormerEmployeeAndLosesTheOldColleagues() {
        String oldEmployer = account("Stara firma " + UUID.randomUUID(), null);
        String newEmployer = account("Nowa firma " + UUID.randomUUID(), null);
        String anna = contact(oldEmployer, "Anna", "Lewandowska", "Buyer");
        String boss = contact(oldEmployer, "Marek", "Lewandowski", "Head of purchasing");
        String reportsTo = expect(relate(anna, "REPORTS_TO", boss, Map.of()), 201).id();

        remember(expect(service().put("/api/contacts/" + anna + "/account", Map.of("accountId", newEmployer, "leftCompany", true)), 200));

        JsonNode relationships = read("/api/contacts/" + anna + "/relationships?ended=true");
        JsonNode outgoing = relationships.path("outgoing");
        assertThat(outgoing).hasSize(2);
        assertThat(outgoing.findValuesAsText("type")).containsExactlyInAnyOrder("REPORTS_TO", "FORMER_EMPLOYEE_OF");
        JsonNode map = map(newEmployer, "");
        assertThat(map.path("edges")).hasSize(1);
        assertThat(map.path("edges").get(0).path("to").asText()).isEqualTo(oldEmployer);
        assertThat(map.path("accounts").findValuesAsText("inHierarchy")).containsExactly("true", "false");
        JsonNode events = new Http(baseUrl(), "auditor").get("/api/audit/contacts/" + anna + "/events").json().path("events");
        JsonNode ended = events.get(events.size() - 1);
        assertThat(ended.path("type").asText()).isEqualTo("RelationshipEnded");
        assertThat(ended.path("payload").path("relationshipId").asText()).isEqualTo(reportsTo);
        assertThat(ended.path("payload").path("cause").asText()).isEqualTo("CONTACT_REASSIGNED");
    }

    @Test
    void badInputIsRefusedNamingTheFieldOrTheRule() {
        String group = account("Reguły " + UUID.randomUUID(), null);
        String other = account("Obcy " + UUID.randomUUID(), null);
        String closing = account("Zamknięty oddział", group);
        String anna = contact(group, "Anna", "Nowak", null);
        String jan = contact(group, "Jan", "Nowak", null);
        String ewa = contact(group, "Ewa", "Nowak", null);
        String stranger = contact(other, "Obcy", "Człowiek", null);
        String leaver = contact(closing, "Adam", "Zamknięty", null);
        expect(service().post("/api/accounts/" + closing + "/close", Map.of("reason", "sold")), 200);

        assertThat(problem(relate(anna, "ADVISES", anna, Map.of()), 400)).contains("toContactId");
        assertThat(problem(relate(anna, "ADVISES", jan, Map.of("strength", 6, "sentiment", -3, "validFrom", "2999-01-01")), 400))
                .contains("strength", "sentiment", "validFrom");
        assertThat(problem(relate(anna, "FRIEND_OF", jan, Map.of()), 400)).contains("type");
        String relationship = expect(relate(anna, "ADVISES", jan, Map.of("validFrom", "2025-06-01")), 201).id();
        assertThat(problem(service().post("/api/contacts/" + anna + "/relationships/" + relationship + "/end",
                Map.of("validTo", "2025-05-31")), 400)).contains("validTo");
        assertThat(relate(anna, "ADVISES", UUID.randomUUID().toString(), Map.of()).status()).isEqualTo(404);
        assertThat(relate(anna, "FORMER_EMPLOYEE_OF", UUID.randomUUID().toString(), Map.of()).status()).isEqualTo(404);
        assertThat(relate(UUID.randomUUID().toString(), "ADVISES", anna, Map.of()).status()).isEqualTo(404);
        assertThat(service().post("/api/contacts/" + anna + "/relationships/" + UUID.randomUUID() + "/end", null).status())
                .isEqualTo(404);
        assertThat(analyst().get("/api/accounts/" + UUID.randomUUID() + "/map").status()).isEqualTo(404);

        expect(relate(jan, "REPORTS_TO", anna, Map.of()), 201);
        expect(relate(ewa, "REPORTS_TO", jan, Map.of()), 201);
        assertThat(rule(relate(anna, "REPORTS_TO", ewa, Map.of()))).isEqualTo("reporting-cycle");
        assertThat(rule(relate(jan, "REPORTS_TO", ewa, Map.of()))).isEqualTo("second-manager");
        assertThat(rule(relate(anna, "INFLUENCES", stranger, Map.of()))).isEqualTo("relationship-outside-hierarchy");
        assertThat(rule(relate(anna, "INFLUENCES", leaver, Map.of()))).isEqualTo("account-closed");
        assertThat(rule(relate(anna, "ADVISES", jan, Map.of()))).isEqualTo("relationship-exists");
        expect(relate(anna, "FORMER_EMPLOYEE_OF", closing, Map.of()), 201);

        assertThat(analyst().post("/api/contacts/" + anna + "/relationships", Map.of("type", "ADVISES", "toContactId", ewa))
                .status()).isEqualTo(403);
        assertThat(new Http(baseUrl(), "auditor").post("/api/accounts/" + group + "/map/reviews", Map.of()).status()).isEqualTo(403);
        assertThat(rule(service().post("/api/accounts/" + closing + "/map/reviews", Map.of()))).isEqualTo("account-closed");
    }

    private JsonNode read(String path) {
        Http.Response answer = analyst().with("X-Await-Position", Long.toString(lastPosition)).get(path);
        assertThat(answer.status()).as("read %s: %s", path, answer).isEqualTo(200);
        return answer.json();
    }

    private String problem(Http.Response answer, int status) {
        assertThat(answer.status()).as("answer %s", answer).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        return answer.json().path("errors").toString();
    }

    private static String rule(Http.Response answer) {
        assertThat(answer.status()).as("answer %s", answer).isEqualTo(409);
        return answer.json().path("rule").asText();
    }

    private Http.Response expect(Http.Response answer, int status) {
        assertThat(answer.status()).as("answer %s", answer).isEqualTo(status);
        return remember(answer);
    }

    private Http.Response remember(Http.Response answer) {
        if (answer.header("X-Event-Position") != null) {
            lastPosition = Math.max(lastPosition, answer.eventPosition());
        }
        return answer;
    }
}
