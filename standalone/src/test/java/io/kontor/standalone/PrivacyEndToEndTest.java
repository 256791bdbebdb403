package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person erased end to end: a lead converted into a contact with a seat in a buying center and a relationship
 * with a note, and a second contact at a branch with the same email. Afterwards no endpoint and no table holds their data, every event
 * keeps its place, type, time, principal and correlation, and a replay keeps them erased.
 */
class PrivacyEndToEndTest extends StandaloneTest {

    @Autowired
    private JdbcTemplate jdbc;

    private record Person(String lead, String converted, String atBranch, String opportunity, String headquarters,
                          List<String> markers, Http.Response last) {
    }

    /** A person whose every personal value is unique to this run, so finding it anywhere means it was not erased. */
    private Person person() {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String first = "Erasmus" + unique;
        String last = "Vergessen" + unique;
        String email = "erasmus." + unique + "@privacy-test.pl";
        String phone = "+48 600 " + unique.replaceAll("[^0-9]", "7").substring(0, 6);
        String title = "Chief " + unique;
        String note = "Plays golf with " + unique;
        String headquarters = openAccount(Map.of("name", "Privacy HQ " + unique)).id();
        String branch = openAccount(Map.of("name", "Privacy branch " + unique, "parentId", headquarters)).id();
        Http.Response captured = service().with("Idempotency-Key", "capture-" + unique).post("/api/leads", Map.of(
                "firstName", first, "lastName", last, "email", email, "companyName", "Privacy " + unique + " Sp. z o.o.",
                "phone", phone));
        assertThat(captured.status()).as("%s", captured).isEqualTo(201);
        String lead = captured.id();
        assertThat(service().post("/api/leads/" + lead + "/qualify", Map.of()).status()).isEqualTo(200);
        JsonNode converted = service().post("/api/leads/" + lead + "/convert", Map.of("accountId", headquarters,
                "opportunity", Map.of("name", "Chillers " + unique, "value", Map.of("amount", "12500.00", "currency", "EUR"))))
                .json();
        String contact = converted.path("contactId").asText();
        String opportunity = converted.path("opportunityId").asText();
        String atBranch = service().post("/api/accounts/" + branch + "/contacts", Map.of("firstName", first, "lastName", last,
                "email", email.toUpperCase(), "phone", phone, "jobTitle", title)).id();
        Http.Response seated = service().put("/api/opportunities/" + opportunity + "/stakeholders/" + contact,
                Map.of("role", "DECISION_MAKER", "influence", 5, "interest", 4));
        assertThat(seated.status()).isEqualTo(200);
        String colleague = service().post("/api/accounts/" + branch + "/contacts", Map.of("firstName", "Kept", "lastName",
                "Colleague " + unique)).id();
        Http.Response related = service().post("/api/contacts/" + contact + "/relationships", Map.of("toContactId", colleague,
                "type", "INFLUENCES", "note", note));
        assertThat(related.status()).as("%s", related).isEqualTo(201);
        return new Person(lead, contact, atBranch, opportunity, headquarters, List.of(first, last, email, phone, title, note),
                related);
    }

    @Test
    void aLegalHoldRefusesTheErasureThenTheErasedPersonIsGoneEverywhereWhileTheHistoryKeepsEveryEvent() {
        Person person = person();
        Http.Response held = admin().put("/api/admin/legal-holds/" + person.atBranch(), Map.of("reason", "Litigation 2026/17"));
        assertThat(held.status()).isEqualTo(200);
        Http.Response refused = admin().post("/api/admin/erasures", Map.of("email", person.markers().get(2), "reason", "Art. 17"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("rule").asText()).isEqualTo("legal-hold");
        assertThat(refused.json().path("contactId").asText()).isEqualTo(person.atBranch());
        assertThat(readAfter(held, "/api/contacts/" + person.converted()).json().path("lastName").asText())
                .as("nothing changed").isEqualTo(person.markers().get(1));
        JsonNode access = admin().get("/api/admin/subjects?email=" + person.markers().get(2)).json();
        assertThat(access.path("contacts")).hasSize(2);
        assertThat(access.path("leads")).hasSize(1);
        assertThat(access.findValues("legalHold").stream().filter(hold -> !hold.isNull()).toList()).singleElement()
                .satisfies(hold -> assertThat(hold.path("reason").asText()).isEqualTo("Litigation 2026/17"));
        assertThat(access.findValues("seats").stream().mapToInt(JsonNode::size).sum()).isEqualTo(1);
        assertThat(access.findValues("relationships").stream().flatMap(list -> list.findValuesAsText("note").stream()))
                .containsExactly(person.markers().get(5));
        assertThat(admin().delete("/api/admin/legal-holds/" + person.atBranch()).status()).isEqualTo(200);
        Map<String, List<String>> historyBefore = histories(person);

        Http.Response erased = admin().post("/api/admin/erasures", Map.of("leadId", person.lead(), "reason",
                "Art. 17 request of 2026-03-02, ticket 4711"));

        assertThat(erased.status()).as("%s", erased).isEqualTo(201);
        assertThat(erased.json().path("contactIds")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(person.converted(), person.atBranch());
        assertThat(erased.json().path("leadIds")).extracting(JsonNode::asText).containsExactly(person.lead());
        List<String> answers = new ArrayList<>();
        JsonNode contact = read(erased, "/api/contacts/" + person.converted(), answers);
        assertThat(contact.path("firstName").asText()).isEqualTo("[erased]");
        assertThat(contact.path("accountId").asText()).isEqualTo(person.headquarters());
        JsonNode lead = read(erased, "/api/leads/" + person.lead(), answers);
        assertThat(lead.path("email").asText()).isEqualTo("[erased]");
        assertThat(lead.path("companyName").asText()).startsWith("Privacy ");
        assertThat(lead.path("contactId").asText()).isEqualTo(person.converted());
        JsonNode deal = read(erased, "/api/opportunities/" + person.opportunity(), answers);
        assertThat(deal.path("value").path("amount").asText()).isEqualTo("12500.00");
        assertThat(deal.path("stakeholders").findValuesAsText("contactId")).contains(person.converted());
        read(erased, "/api/accounts/" + person.headquarters() + "/contacts", answers);
        read(erased, "/api/accounts/" + person.headquarters() + "/hierarchy", answers);
        JsonNode map = read(erased, "/api/accounts/" + person.headquarters() + "/map", answers);
        assertThat(map.path("nodes").findValuesAsText("lastName")).contains("[erased]");
        assertThat(map.path("edges").findValuesAsText("note")).contains("[erased]");
        answers.add(readAfter(erased, "/api/contacts/" + person.converted() + "/relationships").body());
        read(erased, "/api/leads?status=CONVERTED&size=500", answers);
        answers.add(admin().get("/api/admin/subjects?contactId=" + person.converted()).body());
        answers.add(admin().get("/api/admin/erasures/" + erased.json().path("id").asText()).body());
        assertThat(admin().get("/api/admin/subjects?email=" + person.markers().get(2)).json().path("contacts")).isEmpty();

        Map<String, List<String>> historyAfter = histories(person);
        historyAfter.forEach((id, types) -> {
            assertThat(types.subList(0, types.size() - 1)).as("every event of %s kept", id).isEqualTo(historyBefore.get(id));
            assertThat(types.get(types.size() - 1)).endsWith("Erased");
        });
        JsonNode events = auditor().get("/api/audit/contacts/" + person.atBranch() + "/events").json().path("events");
        answers.add(events.toString());
        assertThat(events.get(0).path("principal").asText()).isEqualTo("service");
        assertThat(events.get(0).path("correlationId").asText()).isNotBlank();
        assertThat(events.get(0).path("payload").path("details").path("jobTitle").asText()).isEqualTo("[erased]");
        JsonNode erasure = events.get(events.size() - 1);
        assertThat(erasure.path("principal").asText()).isEqualTo("admin");
        assertThat(erasure.path("payload").path("reason").asText()).isEqualTo("Art. 17 request of 2026-03-02, ticket 4711");

        for (String marker : person.markers()) {
            assertThat(answers).as("no answer names the person").noneMatch(answer -> answer.contains(marker));
        }
        assertThat(tablesHolding(person.markers())).as("no table holds the person").isEmpty();
        assertThat(service().patch("/api/contacts/" + person.converted(), Map.of("jobTitle", "back?")).json().path("rule")
                .asText()).isEqualTo("contact-erased");
        Http.Response again = admin().post("/api/admin/erasures", Map.of("contactId", person.atBranch(), "reason", "again"));
        assertThat(again.json().path("rule").asText()).isEqualTo("person-already-erased");
    }

    @Test
    void aReplayRebuildsTheErasedPersonExactlyAsErased() {
        Person person = person();
        Http.Response erased = admin().post("/api/admin/erasures", Map.of("contactId", person.atBranch(), "reason", "Art. 17"));
        assertThat(erased.status()).isEqualTo(201);
        read(erased, "/api/leads/" + person.lead(), new ArrayList<>());
        Map<String, List<String>> before = ReadModels.snapshot(jdbc);
        Map<String, Integer> generations = generations();

        // One pass over the events rebuilds every read model.
        assertThat(admin().post("/api/admin/projections/replay", null).status()).isEqualTo(202);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120)).until(() -> generations().entrySet().stream()
                .filter(entry -> Set.of("contacts", "leads", "privacy", "map").contains(entry.getKey()))
                .allMatch(entry -> entry.getValue() > generations.get(entry.getKey())));

        assertThat(ReadModels.snapshot(jdbc)).isEqualTo(before);
        assertThat(analyst().get("/api/contacts/" + person.converted()).json().path("lastName").asText()).isEqualTo("[erased]");
        assertThat(tablesHolding(person.markers())).isEmpty();
    }

    private JsonNode read(Http.Response after, String path, List<String> answers) {
        Http.Response answer = readAfter(after, path);
        assertThat(answer.status()).as(path).isEqualTo(200);
        answers.add(answer.body());
        return answer.json();
    }

    /** The event types of each of the person's records, in order. */
    private Map<String, List<String>> histories(Person person) {
        Map<String, List<String>> histories = new java.util.HashMap<>();
        for (String[] record : new String[][]{{"contacts", person.converted()}, {"contacts", person.atBranch()},
                {"leads", person.lead()}}) {
            histories.put(record[1], auditor().get("/api/audit/" + record[0] + "/" + record[1] + "/events").json().path("events")
                    .findValuesAsText("type"));
        }
        return histories;
    }

    /** Every table of every schema (read-model generations, registries, events, keys, idempotency) holding a marker. */
    private List<String> tablesHolding(List<String> markers) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> tables = jdbc.queryForList("SELECT table_schema, table_name FROM information_schema.tables "
                + "WHERE table_type = 'BASE TABLE' AND LOWER(table_schema) NOT IN ('information_schema', 'pg_catalog')");
        for (Map<String, Object> table : tables) {
            String name = "\"" + table.get("table_schema") + "\".\"" + table.get("table_name") + "\"";
            jdbc.query("SELECT * FROM " + name, rs -> {
                for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                    Object value = rs.getObject(column);
                    String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
                    markers.stream().filter(marker -> text.toLowerCase().contains(marker.toLowerCase()))
                            .forEach(marker -> found.add(name + " holds " + marker));
                }
            });
        }
        return found;
    }

    private Map<String, Integer> generations() {
        Map<String, Integer> generations = new java.util.HashMap<>();
        admin().get("/api/admin/projections").json()
                .forEach(projection -> generations.put(projection.path("name").asText(), projection.path("generation").asInt()));
        return generations;
    }

    private Http auditor() {
        return new Http(baseUrl(), "auditor");
    }
}
