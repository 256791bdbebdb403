package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** API.md's conventions, checked once for all endpoints through the accounts API. */
class HttpConventionsEndToEndTest extends StandaloneTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyApiPathNeedsCredentialsAndTheRightRole() {
        Http anonymous = new Http(baseUrl(), null);
        Http.Response unauthenticated = anonymous.get("/api/accounts");
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(unauthenticated.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.with("Authorization", "Basic c2VydmljZTp3cm9uZw==")
                .get("/api/accounts").status()).isEqualTo(401);

        assertThat(analyst().post("/api/accounts", Map.of("name", "Not allowed")).status()).isEqualTo(403);
        assertThat(new Http(baseUrl(), "auditor").get("/api/accounts").status()).isEqualTo(403);
        assertThat(analyst().get("/api/admin/projections").status()).isEqualTo(403);
        assertThat(service().get("/api/accounts").status()).isEqualTo(200);
        assertThat(admin().post("/api/accounts", Map.of("name", "Admin may write")).status()).isEqualTo(201);

        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(admin().get("/actuator/prometheus").body()).contains("commandBus");
    }

    @Test
    void theOpenApiDescriptionAndItsBrowserAreOpen() {
        Http anonymous = new Http(baseUrl(), null);
        JsonNode description = anonymous.get("/v3/api-docs").json();
        assertThat(description.path("paths").has("/api/accounts/{id}/parent")).isTrue();
        assertThat(description.path("paths").has("/api/accounts/{id}/hierarchy")).isTrue();
        assertThat(anonymous.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void badInputIsAProblemNeverAServerError() {
        Http.Response malformed = service().raw("POST", "/api/accounts", "application/json", "{\"name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("type").asText()).isEqualTo("urn:kontor:problem:malformed-request");

        Http.Response unknownField = service().post("/api/accounts", Map.of("name", "Acme", "nmae", "typo"));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().path("errors").get(0).path("field").asText()).isEqualTo("nmae");

        Http.Response wrongType = service().raw("POST", "/api/accounts", "application/json", "{\"name\": 42}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().path("errors").get(0).path("field").asText()).isEqualTo("name");

        Http.Response badParent = service().post("/api/accounts", Map.of("name", "Acme", "parentId", "not-a-uuid"));
        assertThat(badParent.json().path("errors").get(0).path("message").asText()).isEqualTo("must be a UUID");

        assertThat(service().raw("POST", "/api/accounts", "text/plain", "name=Acme").status()).isEqualTo(415);
        assertThat(analyst().with("Accept", "application/xml").get("/api/accounts").status()).isEqualTo(406);
        assertThat(analyst().get("/api/accounts/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(service().patch("/api/accounts/" + UUID.randomUUID(), Map.of("name", "x")).status()).isEqualTo(404);
        assertThat(analyst().get("/api/accounts/42").status()).isEqualTo(400);
        assertThat(analyst().get("/api/nothing-here").status()).isEqualTo(404);
        assertThat(service().post("/api/accounts", Map.of()).json().path("errors").get(0).path("field").asText())
                .isEqualTo("name");
    }

    @Test
    void writesCarryTheVersionAsETagAndIfMatchGuardsAgainstLostUpdates() {
        Http.Response created = openAccount(Map.of("name", "Versioned"));
        assertThat(created.header("Location")).isEqualTo("/api/accounts/" + created.id());
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.json().path("version").asLong()).isZero();
        String path = "/api/accounts/" + created.id();

        Http.Response first = service().with("If-Match", "\"0\"").patch(path, Map.of("industry", "Retail"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");

        Http.Response stale = service().with("If-Match", "\"0\"").patch(path, Map.of("industry", "Mining"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(1);
        assertThat(service().with("If-Match", "\"7\"").patch(path, Map.of("industry", "Mining")).status()).isEqualTo(412);
        assertThat(service().with("If-Match", "1").patch(path, Map.of("industry", "Mining")).status()).isEqualTo(400);

        Http.Response read = readAfter(first, path);
        assertThat(read.json().path("industry").asText()).isEqualTo("Retail");
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(analyst().with("If-None-Match", "\"1\"").get(path).status()).isEqualTo(304);
    }

    @Test
    void ifMatchGuardsMovesAndReassignmentsToo() {
        String group = openAccount(Map.of("name", "Guarded group")).id();
        String other = openAccount(Map.of("name", "Guarded other")).id();
        Http.Response branch = openAccount(Map.of("name", "Guarded branch", "parentId", group));
        String contact = service().post("/api/accounts/" + group + "/contacts", Map.of("firstName", "Jan", "lastName", "Nowak")).id();

        Http.Response staleMove = service().with("If-Match", "\"3\"").put("/api/accounts/" + branch.id() + "/parent",
                Map.of("parentId", other));
        assertThat(staleMove.status()).as("%s", staleMove).isEqualTo(412);
        assertThat(staleMove.json().path("currentVersion").asLong()).isZero();
        assertThat(service().with("If-Match", "\"3\"").put("/api/accounts/" + branch.id() + "/parent",
                Map.of("parentId", group)).status()).as("even a move that would change nothing").isEqualTo(412);
        Http.Response staleReassignment = service().with("If-Match", "\"5\"").put("/api/contacts/" + contact + "/account",
                Map.of("accountId", other));
        assertThat(staleReassignment.status()).as("%s", staleReassignment).isEqualTo(412);

        Http.Response moved = service().with("If-Match", "\"0\"").put("/api/accounts/" + branch.id() + "/parent",
                Map.of("parentId", other));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.header("ETag")).isEqualTo("\"1\"");
        assertThat(service().with("If-Match", "\"0\"").put("/api/contacts/" + contact + "/account",
                Map.of("accountId", other)).status()).isEqualTo(200);
        assertThat(readAfter(moved, "/api/accounts/" + branch.id()).json().path("headquartersId").asText()).isEqualTo(other);
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstAnswerAndChangesNothing() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "Idempotent " + key);
        Http.Response first = service().with("Idempotency-Key", key).post("/api/accounts", body);
        Http.Response repeat = service().with("Idempotency-Key", key).post("/api/accounts", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        assertThat(repeat.header("X-Event-Position")).isEqualTo(first.header("X-Event-Position"));
        JsonNode matches = readAfter(first, "/api/accounts?q=" + key).json();
        assertThat(matches.path("totalElements").asLong()).isEqualTo(1);

        Http.Response otherBody = service().with("Idempotency-Key", key).post("/api/accounts", Map.of("name", "Else"));
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(admin().with("Idempotency-Key", key).post("/api/accounts", Map.of("name", "Admin " + key)).status())
                .as("keys belong to the caller").isEqualTo(201);

        String sameKey = UUID.randomUUID().toString();
        Http.Response compact = service().with("Idempotency-Key", sameKey).raw("POST", "/api/accounts", "application/json",
                "{\"name\":\"Reordered\",\"kind\":\"COMPANY\"}");
        Http.Response spaced = service().with("Idempotency-Key", sameKey).raw("POST", "/api/accounts", "application/json",
                "{ \"kind\" : \"COMPANY\",\n  \"name\" : \"Reordered\" }");
        assertThat(spaced.status()).as("the same JSON in another order and spacing is the same request").isEqualTo(201);
        assertThat(spaced.body()).isEqualTo(compact.body());

        Http.Response badKey = service().with("Idempotency-Key", "x".repeat(256)).post("/api/accounts", body);
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.json().path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void aRepeatWhileTheFirstRequestRunsIsAConflict() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "Slow " + key);
        // The first request is still running: its claim is recorded, its answer is not.
        Http.Response probe = service().with("Idempotency-Key", key).post("/api/accounts", body);
        jdbc.update("UPDATE idempotency_key SET state = 'IN_PROGRESS', created_at = ? WHERE idem_key = ?",
                Timestamp.from(Instant.now()), key);
        Http.Response repeat = service().with("Idempotency-Key", key).post("/api/accounts", body);
        assertThat(probe.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(409);
        assertThat(repeat.json().path("type").asText()).isEqualTo("urn:kontor:problem:idempotent-request-in-progress");
    }

    @Test
    void everyEventRecordsThePrincipalAndTheCorrelationId() throws Exception {
        String correlationId = "order-" + UUID.randomUUID();
        Http.Response created = service().with("X-Correlation-Id", correlationId).post("/api/accounts", Map.of("name", "Traced"));
        assertThat(created.header("X-Correlation-Id")).isEqualTo(correlationId);

        byte[] metaData = jdbc.queryForObject("SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ?",
                byte[].class, created.id());
        JsonNode recorded = JSON.readTree(metaData);
        assertThat(recorded.path("principal").asText()).isEqualTo("service");
        assertThat(recorded.path("correlationId").asText()).isEqualTo(correlationId);
        assertThat(recorded.path("causationId").asText()).isNotBlank();

        Http.Response generated = service().post("/api/accounts", Map.of("name", "Untraced"));
        assertThat(generated.header("X-Correlation-Id")).isNotBlank();
    }

    @Test
    void newRecordsAndTheirEventsGetIdsThatGrowWithTimeSoIndexesGrowAtTheirEnd() {
        String first = service().post("/api/accounts", Map.of("name", "Made first")).id();
        String second = service().post("/api/accounts", Map.of("name", "Made second")).id();

        assertThat(UUID.fromString(first).version()).isEqualTo(7);
        assertThat(second).isGreaterThan(first);
        String eventId = jdbc.queryForObject("SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ?",
                String.class, second);
        assertThat(UUID.fromString(eventId).version()).isEqualTo(7);
    }

    @Test
    void aReadCanWaitForItsOwnWriteButNotForever() {
        Http.Response created = openAccount(Map.of("name", "Read your writes"));
        assertThat(readAfter(created, "/api/accounts/" + created.id()).status()).isEqualTo(200);

        long farFuture = created.eventPosition() + 1_000_000;
        Http.Response behind = analyst().with("X-Await-Position", Long.toString(farFuture)).get("/api/accounts/" + created.id());
        assertThat(behind.status()).isEqualTo(503);
        assertThat(behind.header("Retry-After")).isEqualTo("1");
        assertThat(analyst().with("X-Await-Position", "soon").get("/api/accounts").status()).isEqualTo(400);
    }

    @Test
    void aRolledBackAppendBelowAWriteDoesNotHoldUpReadersOfThatWrite() {
        Http.Response before = openAccount(Map.of("name", "Before the hole"));
        assertThat(readAfter(before, "/api/accounts/" + before.id()).status()).isEqualTo(200);
        // What a losing concurrent append leaves behind: a global position that will never hold an event.
        jdbc.queryForObject("SELECT nextval('domain_event_entry_global_index_seq')", Long.class);

        Http.Response after = openAccount(Map.of("name", "After the hole"));
        assertThat(readAfter(after, "/api/accounts/" + after.id()).status()).isEqualTo(200);
        Http.Response later = openAccount(Map.of("name", "Later still"));
        assertThat(readAfter(later, "/api/accounts/" + after.id()).status()).isEqualTo(200);
    }
}
