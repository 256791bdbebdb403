package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's findings, each as the request an attacker sent: no 5xx, no internals in an error, every
 * error a problem with a stable type, also where Spring Security's firewall or Tomcat itself answers
 * (those over a raw socket, as no well-behaved client sends such requests).
 */
class HardeningEndToEndTest extends StandaloneTest {

    private String account() {
        return openAccount(Map.of("name", "Hardened " + UUID.randomUUID())).id();
    }

    private String contact(String account) {
        Http.Response added = service().post("/api/accounts/" + account + "/contacts", Map.of("firstName", "Ada", "lastName", "Lovelace"));
        assertThat(added.status()).as("%s", added).isEqualTo(201);
        return added.id();
    }

    private String opportunity(String account) {
        Http.Response opened = service().post("/api/opportunities", Map.of("accountId", account, "name", "Deal",
                "value", Map.of("amount", "100.00", "currency", "EUR")));
        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
        return opened.id();
    }

    private String lead() {
        Http.Response captured = service().post("/api/leads", Map.of("firstName", "Jan", "lastName", "Nowak",
                "email", UUID.randomUUID() + "@example.pl", "companyName", "Nowak S.A."));
        assertThat(captured.status()).as("%s", captured).isEqualTo(201);
        return captured.id();
    }

    private static void assertProblem(Http.Response answer, int status, String type) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        assertThat(ProblemChecks.flaws(answer.status(), answer.header("Content-Type"), answer.body())).as("%s", answer).isEmpty();
        assertThat(answer.json().path("type").asText()).isEqualTo("urn:kontor:problem:" + type);
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String type) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        assertThat(ProblemChecks.flaws(answer.status(), answer.header("Content-Type"), answer.body())).as("%s", answer).isEmpty();
        assertThat(answer.body()).contains("\"type\":\"urn:kontor:problem:" + type + "\"");
    }

    private static String field(Http.Response answer) {
        return answer.json().path("errors").get(0).path("field").asText();
    }

    @Test
    void theIdOfAnotherKindOfResourceIsNotFoundOnEveryWrite() {
        String account = account();
        String contact = contact(account);
        String opportunity = opportunity(account);
        String lead = lead();
        Map<String, Object> reason = Map.of("reason", "x");
        List<Http.Response> answers = List.of(
                service().patch("/api/contacts/" + account, Map.of("jobTitle", "x")),
                service().patch("/api/accounts/" + contact, Map.of("name", "x")),
                service().patch("/api/opportunities/" + lead, Map.of("name", "x")),
                service().post("/api/accounts/" + opportunity + "/close", reason),
                service().put("/api/opportunities/" + account + "/stage", Map.of("stage", "PROPOSAL")),
                service().post("/api/opportunities/" + contact + "/win", reason),
                service().post("/api/opportunities/" + lead + "/lose", reason),
                service().put("/api/opportunities/" + account + "/stakeholders/" + contact, Map.of("role", "USER")),
                service().post("/api/leads/" + account + "/qualify", Map.of()),
                service().post("/api/leads/" + opportunity + "/disqualify", reason),
                service().put("/api/contacts/" + account + "/account", Map.of("accountId", account)),
                service().put("/api/accounts/" + contact + "/parent", Map.of("parentId", account)),
                service().put("/api/accounts/" + lead + "/owner", Map.of("ownerId", UUID.randomUUID().toString())),
                service().patch("/api/contacts/" + account.toUpperCase(), Map.of("jobTitle", "x")));
        answers.forEach(answer -> assertProblem(answer, 404, "not-found"));
        List<Http.Response> inBodies = List.of(
                service().put("/api/contacts/" + contact + "/account", Map.of("accountId", contact)),
                service().put("/api/accounts/" + account + "/parent", Map.of("parentId", opportunity)),
                service().post("/api/accounts", Map.of("name", "Under a lead", "parentId", lead)),
                service().post("/api/opportunities", Map.of("accountId", contact, "name", "Deal",
                        "value", Map.of("amount", "1.00", "currency", "EUR"))),
                service().post("/api/accounts/" + lead + "/contacts", Map.of("firstName", "A", "lastName", "B")),
                service().put("/api/opportunities/" + opportunity + "/stakeholders/" + account, Map.of("role", "USER")),
                service().post("/api/leads/" + lead + "/convert", Map.of("accountId", contact)));
        inBodies.forEach(answer -> {
            assertThat(answer.status()).as("%s", answer).isIn(400, 404, 409);
            assertThat(ProblemChecks.flaws(answer.status(), answer.header("Content-Type"), answer.body())).isEmpty();
        });
        assertProblem(service().patch("/api/contacts/%20" + contact, Map.of("jobTitle", "x")), 400, "validation");
        assertProblem(service().patch("/api/contacts/1-1-1-1-1", Map.of("jobTitle", "x")), 400, "validation");
    }

    @Test
    void aFieldSentTwiceIsRefusedAndNamed() {
        String account = account();
        String contact = contact(account);
        String opportunity = opportunity(account);
        String lead = lead();
        Map<String, String> twice = Map.of(
                "/api/accounts/" + account + "/close", "{\"reason\":\"x\",\"reason\":\"y\"}",
                "/api/accounts/" + account + "/contacts", "{\"firstName\":\"A\",\"lastName\":\"B\",\"lastName\":\"C\"}",
                "/api/leads/" + lead + "/disqualify", "{\"reason\":\"x\",\"reason\":\"x\"}",
                "/api/opportunities/" + opportunity + "/win", "{\"reason\":\"x\",\"reason\":\"x\"}",
                "/api/opportunities/" + opportunity + "/lose", "{\"reason\":\"x\",\"reason\":\"x\"}",
                "/api/opportunities", "{\"accountId\":\"" + account + "\",\"name\":\"D\",\"value\":{\"amount\":\"1\","
                        + "\"amount\":\"2\",\"currency\":\"EUR\"}}");
        twice.forEach((path, body) -> {
            Http.Response answer = service().raw("POST", path, "application/json", body);
            assertProblem(answer, 400, "validation");
            assertThat(answer.json().path("errors").get(0).path("message").asText()).contains("more than once");
        });
        assertThat(field(service().raw("POST", "/api/opportunities", "application/json", twice.get("/api/opportunities"))))
                .isEqualTo("value.amount");
        assertProblem(service().raw("PUT", "/api/contacts/" + contact + "/account", "application/json",
                "{\"accountId\":\"" + account + "\",\"accountId\":\"" + account + "\"}"), 400, "validation");
        assertProblem(service().raw("PUT", "/api/opportunities/" + opportunity + "/stage", "application/json",
                "{\"stage\":\"PROPOSAL\",\"stage\":\"NEGOTIATION\"}"), 400, "validation");
        assertProblem(service().raw("PUT", "/api/opportunities/" + opportunity + "/stakeholders/" + contact,
                "application/json", "{\"role\":\"USER\",\"role\":\"SIGNER\"}"), 400, "validation");
        assertProblem(service().raw("PATCH", "/api/accounts/" + account, "application/json",
                "{\"name\":\"x\",\"name\":\"y\"}"), 400, "validation");
    }

    @Test
    void aPageNoDatabaseCanSkipToIsRefusedAndTheLastPossibleOneIsEmpty() {
        Http.Response huge = analyst().get("/api/accounts?page=99999999&size=100");
        assertProblem(huge, 400, "validation");
        assertThat(field(huge)).isEqualTo("page");
        Http.Response last = analyst().get("/api/accounts?page=" + io.kontor.api.common.PageRequest.MAX_PAGE + "&size=500");
        assertThat(last.status()).as("%s", last).isEqualTo(200);
        assertThat(last.json().path("content")).isEmpty();
        assertProblem(analyst().get("/api/accounts?page=99999999999"), 400, "validation");
    }

    @Test
    void errorIsNoOpenDoorAndNeverSpringsDefaultPage() {
        assertProblem(new Http(baseUrl(), null).get("/error"), 401, "unauthenticated");
        assertProblem(admin().get("/error"), 404, "not-found");
        assertProblem(admin().send("POST", "/error", Map.of()), 404, "not-found");
    }

    @Test
    void aBodyThatCannotBeReadIsExplainedInTheClientsTerms() {
        assertProblem(service().raw("POST", "/api/accounts", "application/json", "null"), 400, "malformed-request");
        for (String notAnObject : List.of("[]", "\"x\"", "42", "true")) {
            Http.Response answer = service().raw("POST", "/api/accounts", "application/json", notAnObject);
            assertProblem(answer, 400, "malformed-request");
            assertThat(answer.json().path("detail").asText()).as(notAnObject).isEqualTo("The body must be a JSON object.");
        }
        Http.Response deep = service().raw("PATCH", "/api/accounts/" + account(), "application/json",
                "{\"industry\":" + "[".repeat(1100) + "]".repeat(1100) + "}");
        assertProblem(deep, 400, "malformed-request");
        assertThat(deep.json().path("detail").asText()).contains("deeper than 1000 levels");
        Http.Response nested = service().raw("POST", "/api/accounts", "application/json",
                "{\"name\":" + "{\"a\":".repeat(1100) + "1" + "}".repeat(1101));
        assertProblem(nested, 400, "validation");
        assertThat(field(nested)).isEqualTo("name");
        Http.Response huge = service().raw("POST", "/api/accounts", "application/json",
                "{\"name\":\"" + "x".repeat(20_000_001) + "\"}");
        assertProblem(huge, 400, "validation");
        assertThat(huge.json().path("errors").get(0).path("message").asText()).isEqualTo("is a string longer than 20000000 characters");
        assertProblem(service().raw("POST", "/api/accounts", "application/json", "{\"name\": "), 400, "malformed-request");
        assertProblem(service().raw("POST", "/api/accounts", "application/json", ""), 400, "malformed-request");
        assertProblem(service().raw("POST", "/api/accounts", "application/json", "{\"name\":\"x\"} {}"), 400, "malformed-request");
    }

    @Test
    void whatTheFirewallRefusesIsAProblem() {
        for (String path : List.of("/api//accounts", "/api/./accounts", "/api/../api/accounts", "/api/accounts;x=1",
                "/api/accounts/%25", "/api/accounts/%2e%2e/x")) {
            assertProblem(RawHttp.send(port, "GET", path, "analyst", Map.of()), 400, "rejected-url");
        }
        RawHttp.Answer propfind = RawHttp.send(port, "PROPFIND", "/api/accounts", "analyst", Map.of());
        assertProblem(propfind, 405, "method-not-allowed");
        assertThat(propfind.header("Allow")).contains("GET");
    }

    @Test
    void whatTomcatRefusesItselfIsAProblemToo() {
        assertProblem(RawHttp.send(port, "GET", "/api/accounts/a%2Fb", "analyst", Map.of()), 400, "malformed-request");
        assertProblem(RawHttp.send(port, "GET", "/api/accounts/a%00b", "analyst", Map.of()), 400, "malformed-request");
        assertProblem(RawHttp.send(port, "GET", "/api/accounts/a%5Cb", "analyst", Map.of()), 400, "malformed-request");
        assertProblem(RawHttp.send(port, "GET", "/api/accounts?q=" + "x".repeat(20_000), "analyst", Map.of()), 400,
                "malformed-request");
        assertProblem(RawHttp.send(port, "PATCH", "/api/accounts/" + UUID.randomUUID(), "service",
                Map.of("If-Match", "\"" + "1".repeat(10_000) + "\"")), 400, "malformed-request");
        RawHttp.Answer trace = RawHttp.send(port, "TRACE", "/api/accounts", "analyst", Map.of());
        assertProblem(trace, 405, "method-not-allowed");
        assertThat(trace.body()).doesNotContain("Authorization");
    }

    @Test
    void theAcceptHeaderNeverSilencesAnError() {
        assertProblem(analyst().with("Accept", "garbage").get("/api/accounts"), 406, "not-acceptable");
        assertProblem(service().with("Accept", "application/problem+json").post("/api/accounts", Map.of()), 400, "validation");
        assertProblem(service().with("Accept", "application/xml").post("/api/accounts", Map.of()), 406, "not-acceptable");
        assertProblem(service().with("Accept", "text/html").get("/api/accounts/" + UUID.randomUUID()), 406, "not-acceptable");
        assertProblem(service().raw("POST", "/api/accounts", "text/plain", "name=x"), 415, "unsupported-media-type");
        assertProblem(analyst().send("DELETE", "/api/accounts", null), 403, "forbidden");
        assertProblem(admin().send("DELETE", "/api/accounts", null), 405, "method-not-allowed");
    }

    @Test
    void eachValueHasOneSpellingOnly() {
        String account = account();
        Http.Response added = service().post("/api/accounts/" + account + "/contacts", Map.of("firstName", "Ada", "lastName", "Byron"));
        String contact = added.id();
        String opportunity = opportunity(account);
        Map<String, String> refused = Map.of(
                "kind", "{\"name\":\"Enum index\",\"kind\":1}",
                "parentId", "{\"name\":\"Empty parent\",\"parentId\":\"\"}",
                "ownerId", "{\"name\":\"Blank owner\",\"ownerId\":\"  \"}",
                "name", "{\"name\":\"Broken \\ud800 text\"}");
        refused.forEach((name, body) -> {
            Http.Response answer = service().raw("POST", "/api/accounts", "application/json", body);
            assertProblem(answer, 400, "validation");
            assertThat(field(answer)).isEqualTo(name);
        });
        assertThat(field(service().raw("POST", "/api/accounts", "application/json", "{\"name\":\"x\",\"kind\":\"1\"}")))
                .isEqualTo("kind");
        String deal = "{\"accountId\":\"" + account + "\",\"name\":\"Deal\",\"value\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},";
        for (String wrong : List.of("\"expectedCloseDate\":12345}", "\"expectedCloseDate\":\"2026-03-31T10:00:00Z\"}",
                "\"stage\":2}", "\"stage\":\"2\"}")) {
            Http.Response answer = service().raw("POST", "/api/opportunities", "application/json", deal + wrong);
            assertProblem(answer, 400, "validation");
        }
        assertProblem(service().raw("POST", "/api/opportunities", "application/json",
                "{\"accountId\":\"\",\"name\":\"Deal\",\"value\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}"), 400, "validation");
        assertProblem(service().raw("PUT", "/api/opportunities/" + opportunity + "/stakeholders/" + contact,
                "application/json", "{\"role\":1}"), 400, "validation");
        assertProblem(service().raw("PUT", "/api/contacts/" + contact + "/account", "application/json",
                "{\"accountId\":\"\"}"), 400, "validation");
        assertProblem(service().raw("PATCH", "/api/contacts/" + contact, "application/json",
                "{\"jobTitle\":\"\\udc00\"}"), 400, "validation");
        assertProblem(service().raw("PATCH", "/api/opportunities/" + opportunity, "application/json",
                "{\"expectedCloseDate\":\"2026-03-31T10:00:00Z\"}"), 400, "validation");
        assertProblem(analyst().get("/api/accounts?ownerId="), 400, "validation");
        assertProblem(analyst().get("/api/reports/pipeline?asOf=12345"), 400, "validation");
        JsonNode unchanged = readAfter(added, "/api/contacts/" + contact).json();
        assertThat(unchanged.path("jobTitle").isNull()).as("%s", unchanged).isTrue();
        assertThat(unchanged.path("version").asLong()).isZero();
    }

    @Test
    void conditionalReadsFollowTheHttpRules() {
        Http.Response created = openAccount(Map.of("name", "Conditional " + UUID.randomUUID()));
        String path = "/api/accounts/" + created.id();
        assertProblem(analyst().with("X-Await-Position", "-1").get(path), 400, "validation");
        assertThat(readAfter(created, path).status()).isEqualTo(200);
        Http.Response any = analyst().with("If-None-Match", "*").get(path);
        assertThat(any.status()).isEqualTo(304);
        assertThat(any.header("ETag")).isEqualTo("\"0\"");
        assertThat(analyst().with("If-None-Match", "\"7\", *").get(path).status()).isEqualTo(304);
        assertThat(analyst().with("If-None-Match", "W/\"0\"").get(path).status()).isEqualTo(304);
        assertThat(analyst().with("If-None-Match", "\"7\"").get(path).status()).isEqualTo(200);
        assertProblem(analyst().with("If-None-Match", "*").get("/api/accounts/" + UUID.randomUUID()), 404, "not-found");
    }
}
