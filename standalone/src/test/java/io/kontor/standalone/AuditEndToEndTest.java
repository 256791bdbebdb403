package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.api.lead.LeadQualified;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The audit API: complete histories, accounts as of any instant and the global feed. */
class AuditEndToEndTest extends StandaloneTest {

    @Autowired
    private JdbcTemplate jdbc;

    private Http auditor() {
        return new Http(baseUrl(), "auditor");
    }

    @Test
    void onlyAuditorsAndAdminsReadTheHistory() {
        assertThat(analyst().get("/api/audit/events").status()).isEqualTo(403);
        assertThat(service().get("/api/audit/events").status()).isEqualTo(403);
        assertThat(auditor().get("/api/audit/events").status()).isEqualTo(200);
        assertThat(admin().get("/api/audit/events").status()).isEqualTo(200);
        assertThat(auditor().get("/api/admin/projections").status()).isEqualTo(403);
    }

    @Test
    void everyEventOfAnAccountInOrderWithWhoCausedItAndWhy() {
        String parent = openAccount(Map.of("name", "Audit parent")).id();
        String correlation = "audit-" + UUID.randomUUID();
        Http traced = service().with("X-Correlation-Id", correlation);
        String id = traced.post("/api/accounts", Map.of("name", "Audited", "debtorNumber", "AUD-" + correlation.substring(6, 18))).id();
        traced.patch("/api/accounts/" + id, Map.of("industry", "Logistics"));
        traced.put("/api/accounts/" + id + "/parent", Map.of("parentId", parent));
        traced.post("/api/accounts/" + id + "/close", Map.of("reason", "Merged"));

        JsonNode history = auditor().get("/api/audit/accounts/" + id + "/events").json();
        assertThat(history.path("events")).extracting(event -> event.path("type").asText())
                .containsExactly("AccountOpened", "AccountProfileUpdated", "AccountMovedInHierarchy", "AccountClosed");
        assertThat(history.path("events")).extracting(event -> event.path("sequence").asLong()).containsExactly(0L, 1L, 2L, 3L);
        JsonNode moved = history.path("events").get(2);
        assertThat(moved.path("payload").path("toParentId").asText()).isEqualTo(parent);
        assertThat(moved.path("principal").asText()).isEqualTo("service");
        assertThat(moved.path("correlationId").asText()).isEqualTo(correlation);
        assertThat(moved.path("causationId").asText()).isNotBlank();
        assertThat(moved.path("position").asLong()).isPositive();
        assertThat(moved.path("timestamp").asText()).isNotBlank();

        Http.Response firstPage = auditor().get("/api/audit/accounts/" + id + "/events?limit=3");
        assertThat(firstPage.json().path("events").size()).isEqualTo(3);
        assertThat(firstPage.json().path("nextSequence").asLong()).isEqualTo(3);
        assertThat(firstPage.header("Link")).contains("fromSequence=3");
        assertThat(auditor().get("/api/audit/accounts/" + id + "/events?fromSequence=3").json().path("events"))
                .extracting(event -> event.path("type").asText()).containsExactly("AccountClosed");
        assertThat(auditor().get("/api/audit/contacts/" + id + "/events").status()).as("wrong type").isEqualTo(404);
        assertThat(auditor().get("/api/audit/widgets/" + id + "/events").status()).isEqualTo(404);
        assertThat(auditor().get("/api/audit/accounts/" + id + "/events?limit=0").status()).isEqualTo(400);
    }

    @Test
    void contactsLeadsAndOpportunitiesHaveTheirHistoryToo() {
        String account = openAccount(Map.of("name", "History account")).id();
        String contact = service().post("/api/accounts/" + account + "/contacts", Map.of("firstName", "A", "lastName", "B")).id();
        String opportunity = service().post("/api/opportunities", Map.of("accountId", account, "name", "Deal",
                "value", Map.of("amount", "10.00", "currency", "EUR"))).id();
        service().put("/api/opportunities/" + opportunity + "/stage", Map.of("stage", "PROPOSAL"));
        String lead = service().post("/api/leads", Map.of("firstName", "L", "lastName", "H",
                "email", "l." + UUID.randomUUID() + "@history.pl", "companyName", "History")).id();

        assertThat(types("contacts", contact)).containsExactly("ContactAdded");
        assertThat(types("opportunities", opportunity)).containsExactly("OpportunityOpened", "OpportunityStageChanged");
        assertThat(types("leads", lead)).containsExactly("LeadCaptured");
    }

    @Test
    void anAccountAsItWasBeforeAndAfterAMove() {
        String oldParent = openAccount(Map.of("name", "Old parent")).id();
        String newParent = openAccount(Map.of("name", "New parent")).id();
        Instant beforeOpening = betweenPastAndNextEvents();
        String branch = openAccount(Map.of("name", "Branch before", "parentId", oldParent)).id();
        Instant beforeMove = betweenPastAndNextEvents();
        service().put("/api/accounts/" + branch + "/parent", Map.of("parentId", newParent));
        Http.Response renamed = service().patch("/api/accounts/" + branch, Map.of("name", "Branch after"));
        Instant afterMove = betweenPastAndNextEvents();

        JsonNode then = auditor().get("/api/audit/accounts/" + branch + "?asOf=" + beforeMove).json();
        assertThat(then.path("parentId").asText()).isEqualTo(oldParent);
        assertThat(then.path("headquartersId").asText()).isEqualTo(oldParent);
        assertThat(then.path("path").toString()).isEqualTo("[\"" + oldParent + "\",\"" + branch + "\"]");
        assertThat(then.path("name").asText()).isEqualTo("Branch before");
        assertThat(then.path("version").asLong()).isZero();
        JsonNode now = auditor().get("/api/audit/accounts/" + branch + "?asOf=" + afterMove).json();
        assertThat(now.path("parentId").asText()).isEqualTo(newParent);
        assertThat(now.path("name").asText()).isEqualTo("Branch after");
        JsonNode current = readAfter(renamed, "/api/accounts/" + branch).json();
        current.fieldNames().forEachRemaining(field -> assertThat(now.path(field))
                .as("%s as of now, rebuilt from the events, is what the read model says", field).isEqualTo(current.path(field)));

        String group = openAccount(Map.of("name", "Group above")).id();
        Http.Response regrouped = service().put("/api/accounts/" + newParent + "/parent", Map.of("parentId", group));
        Instant afterRegroup = Instant.now();
        JsonNode grouped = auditor().get("/api/audit/accounts/" + branch + "?asOf=" + afterRegroup).json();
        assertThat(grouped.path("headquartersId").asText()).as("a move above the account counts too").isEqualTo(group);
        assertThat(grouped.path("path").toString()).isEqualTo(readAfter(regrouped, "/api/accounts/" + branch).json().path("path").toString());
        assertThat(auditor().get("/api/audit/accounts/" + branch + "?asOf=" + afterMove).json().path("headquartersId").asText())
                .isEqualTo(newParent);
        assertThat(auditor().get("/api/audit/accounts/" + branch + "?asOf=" + beforeOpening).status()).isEqualTo(404);
        assertThat(auditor().get("/api/audit/accounts/" + branch + "?asOf=yesterday").status()).isEqualTo(400);

        Http analyst = analyst().with("X-Await-Position", Long.toString(renamed.eventPosition()));
        assertThat(analyst.get("/api/accounts/" + oldParent + "/hierarchy?asOf=" + beforeMove).json()
                .path("rollup").path("accounts").asLong()).isEqualTo(2);
        assertThat(analyst.get("/api/accounts/" + oldParent + "/hierarchy?asOf=" + afterMove).json()
                .path("rollup").path("accounts").asLong()).isEqualTo(1);
        assertThat(analyst.get("/api/accounts/" + newParent + "/hierarchy?asOf=" + afterMove).json()
                .path("children").get(0).path("name").asText()).isEqualTo("Branch after");
        assertThat(analyst.get("/api/accounts/" + branch + "/hierarchy?asOf=" + beforeOpening).status()).isEqualTo(404);
    }

    @Test
    void theGlobalFeedNeitherSkipsNorRepeatsWhileWritesGoOn() throws Exception {
        long start = auditor().get("/api/audit/events?after=0&limit=1").json().path("head").asLong();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        List<Future<?>> writing = new ArrayList<>();
        for (int writer = 0; writer < 3; writer++) {
            writing.add(writers.submit(() -> {
                for (int i = 0; i < 30; i++) {
                    service().post("/api/accounts", Map.of("name", "Feed " + i));
                }
            }));
        }
        List<Long> seen = new ArrayList<>();
        long cursor = start;
        boolean writersDone = false;
        while (true) {
            JsonNode page = auditor().get("/api/audit/events?after=" + cursor + "&limit=7").json();
            page.path("events").forEach(event -> seen.add(event.path("position").asLong()));
            long next = page.path("next").asLong();
            if (writersDone && next >= page.path("head").asLong()) {
                break;
            }
            cursor = next;
            writersDone = writing.stream().allMatch(Future::isDone);
        }
        writers.shutdown();
        Set<Long> unique = new HashSet<>(seen);
        assertThat(unique).as("no event twice").hasSameSizeAs(seen);
        List<Long> stored = jdbc.queryForList("SELECT global_index FROM domain_event_entry WHERE global_index > ? "
                + "ORDER BY global_index", Long.class, start);
        assertThat(seen).as("every event, in order").isEqualTo(stored);
        assertThat(seen).hasSizeGreaterThanOrEqualTo(90);
    }

    @Test
    void anEventStoredInAnOlderShapeIsReadInTodaysShapeEverywhere() {
        String email = "old.shape." + UUID.randomUUID() + "@upcast.pl";
        Http.Response captured = service().post("/api/leads", Map.of("firstName", "Old", "lastName", "Shape", "email", email,
                "companyName", "Upcast Sp. z o.o."));
        String lead = captured.id();
        String revisionOne = "{\"leadId\":\"" + lead + "\",\"score\":68,\"questionnaireId\":\"lead-v1\",\"answers\":{}}";
        long position = OldShapeEvents.insert(jdbc, lead, 1, "Lead", LeadQualified.class.getName(), "1", revisionOne);

        JsonNode history = auditor().get("/api/audit/leads/" + lead + "/events").json().path("events");
        assertThat(history.get(1).path("revision").asText()).isEqualTo("1");
        assertThat(history.get(1).path("payload").has("threshold")).isTrue();
        assertThat(history.get(1).path("payload").path("threshold").isNull()).isTrue();
        JsonNode view = analyst().with("X-Await-Position", Long.toString(position)).get("/api/leads/" + lead).json();
        assertThat(view.path("status").asText()).isEqualTo("QUALIFIED");
        assertThat(view.path("score").asInt()).isEqualTo(68);
        Http.Response converted = service().post("/api/leads/" + lead + "/convert", Map.of("account", Map.of()));
        assertThat(converted.status()).as("the aggregate rebuilt from the old shape: %s", converted).isEqualTo(200);
    }

    private List<String> types(String type, String id) {
        List<String> types = new ArrayList<>();
        auditor().get("/api/audit/" + type + "/" + id + "/events").json().path("events")
                .forEach(event -> types.add(event.path("type").asText()));
        return types;
    }

    /**
     * An instant after every event stored so far and before every event stored from now on. Events keep their time to
     * the millisecond (Axon's format), so an event in the same millisecond as {@code Instant.now()} would count as
     * already there at that instant (a CI run saw the account "exist" before it was opened): this waits for the clock's
     * next millisecond and answers the last instant of the one before.
     */
    private static Instant betweenPastAndNextEvents() {
        Instant millisecond = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        await().pollInterval(Duration.ofMillis(1))
                .until(() -> Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(millisecond));
        return millisecond.plusMillis(1).minusNanos(1);
    }
}
