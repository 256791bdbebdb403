package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kontor's own fuzz suite. Its operations come from /v3/api-docs, so an endpoint added anywhere is
 * fuzzed as soon as it is documented. Each operation gets a valid request built from its schemas and
 * fixtures, then every spoiled variant {@link FuzzMutations} derives from the document, then the same
 * paths spelled as no client should (over a raw socket, where Spring Security's firewall and Tomcat
 * answer). Every answer must be below 500, every error a clean problem ({@link ProblemChecks}), every
 * answer true to the document ({@link OpenApiAnswers}), and nothing the contract rules out accepted.
 * Runs on H2 only (not an *EndToEndTest): it tests the web layer, not the database. The seed is
 * printed; rerun with {@code -Dkontor.fuzz.seed=N}.
 */
class ApiFuzzTest extends StandaloneTest {

    private static final long SEED = Long.getLong("kontor.fuzz.seed", 17L);
    /**
     * Operations whose valid request would disturb the application every end-to-end test shares (a
     * replay of every read model; a territory, whose rules and owner would reach every test's accounts);
     * only the requests they must refuse are sent.
     */
    private static final java.util.Set<String> DISRUPTIVE = java.util.Set.of("POST /api/admin/projections/replay",
            "POST /api/admin/erasures", "POST /api/admin/territories");
    /** The resources the fixtures provide; their valid requests must mostly succeed, or the refusals prove little. */
    private static final java.util.regex.Pattern CORE =
            java.util.regex.Pattern.compile("/api/(accounts|contacts|opportunities|leads)(/.*)?");

    private record Fixture(String headquarters, String branch, String contact, String opportunity, String lead) {
    }

    private Fixture fixture() {
        String headquarters = openAccount(Map.of("name", "Fuzz HQ " + UUID.randomUUID())).id();
        String branch = openAccount(Map.of("name", "Fuzz branch", "parentId", headquarters)).id();
        String contact = service().post("/api/accounts/" + headquarters + "/contacts",
                Map.of("firstName", "Fuzz", "lastName", "Contact")).id();
        String opportunity = service().post("/api/opportunities", Map.of("accountId", headquarters, "name", "Fuzz deal",
                "value", Map.of("amount", "10.00", "currency", "EUR"))).id();
        String lead = service().post("/api/leads", Map.of("firstName", "Fuzz", "lastName", "Lead",
                "email", "fuzz." + UUID.randomUUID() + "@example.pl", "companyName", "Fuzz Ltd")).id();
        return new Fixture(headquarters, branch, contact, opportunity, lead);
    }

    private static String id(String name, Fixture fixture) {
        return switch (name) {
            case "accountId", "parentId", "headquartersId", "toAccountId" -> fixture.headquarters();
            case "contactId", "toContactId" -> fixture.contact();
            case "opportunityId" -> fixture.opportunity();
            case "leadId" -> fixture.lead();
            default -> UUID.randomUUID().toString();
        };
    }

    private static Map<String, String> pathValues(String template, Fixture fixture) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String segment : template.split("/")) {
            if (!segment.startsWith("{")) {
                continue;
            }
            String name = segment.substring(1, segment.length() - 1);
            values.put(name, switch (name) {
                case "type" -> "accounts";
                case "name" -> "fuzz-no-such-projection";
                case "id" -> template.startsWith("/api/accounts/") ? fixture.branch()
                        : template.startsWith("/api/contacts/") ? fixture.contact()
                        : template.startsWith("/api/opportunities/") ? fixture.opportunity()
                        : template.startsWith("/api/leads/") ? fixture.lead() : fixture.headquarters();
                default -> id(name, fixture);
            });
        }
        return values;
    }

    private static String user(String method, String template) {
        if (template.startsWith("/api/admin/")) {
            return "admin";
        }
        if (template.startsWith("/api/audit/")) {
            return "auditor";
        }
        return "GET".equals(method) ? "analyst" : "service";
    }

    private List<Map.Entry<String, String>> operations(JsonNode document) {
        List<Map.Entry<String, String>> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> operations.add(Map.entry(path.getKey(), method.toUpperCase(Locale.ROOT)))));
        operations.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        return operations;
    }

    @Test
    void everyDocumentedOperationWithstandsSpoiledInput() {
        System.out.println("ApiFuzzTest seed " + SEED + " (rerun with -Dkontor.fuzz.seed=" + SEED + ")");
        Random random = new Random(SEED);
        JsonNode document = OpenApiAnswers.INSTANCE.document(baseUrl());
        List<String> findings = new ArrayList<>();
        int sent = 0;
        int core = 0;
        int acceptedAsIs = 0;
        List<Map.Entry<String, String>> operations = operations(document);
        Fixture shared = fixture();
        for (Map.Entry<String, String> operation : operations) {
            String template = operation.getKey();
            String method = operation.getValue();
            JsonNode spec = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
            // Reads change nothing and share one fixture; every write gets fresh ones.
            Fixture fixture = "GET".equals(method) ? shared : fixture();
            SchemaValues values = new SchemaValues(document, name -> id(name, fixture));
            Map<String, String> pathValues = pathValues(template, fixture);
            JsonNode bodySchema = spec.path("requestBody").path("content").path("application/json").path("schema");
            // A file documented as JSON (an import's sfdx tree) is no object with properties to spoil.
            ObjectNode body = bodySchema.isMissingNode() ? null
                    : values.valid("body", bodySchema) instanceof ObjectNode object ? object : null;
            FuzzCall base = new FuzzCall("as documented", method, FuzzMutations.fill(template, pathValues),
                    body == null ? null : "application/json", body == null ? null : body.toString(), Map.of(),
                    user(method, template), false);
            List<FuzzCall> calls = new ArrayList<>();
            List<FuzzCall> mayChange = new ArrayList<>();
            for (FuzzCall call : new FuzzMutations(values, random).of(spec, template, pathValues, base, body)) {
                (call.mustRefuse() ? calls : mayChange).add(call);
            }
            // Refusals first, while the fixture is untouched; then the valid request; then what may change it.
            if (!DISRUPTIVE.contains(method + " " + template)) {
                calls.add(base);
                calls.addAll(mayChange);
            }
            for (FuzzCall call : calls) {
                Http.Response answer = send(call, findings);
                sent++;
                if (call == base && CORE.matcher(template).matches()) {
                    core++;
                    if (answer != null && answer.status() < 300) {
                        acceptedAsIs++;
                    } else {
                        System.out.println("ApiFuzzTest: refused as documented: " + call + " -> " + answer);
                    }
                }
            }
        }
        System.out.printf("ApiFuzzTest: %d operations, %d requests, %d of %d valid requests on accounts, contacts, "
                + "opportunities and leads accepted, %d findings%n", operations.size(), sent, acceptedAsIs, core, findings.size());
        assertThat(findings).as("seed %d", SEED).isEmpty();
        assertThat(acceptedAsIs).as("valid requests the service accepted (the refusals prove something only then)")
                .isGreaterThan(core * 2 / 3);
    }

    @Test
    void pathsAndHeadersNoClientShouldSendAreProblemsToo() {
        JsonNode document = OpenApiAnswers.INSTANCE.document(baseUrl());
        Fixture fixture = fixture();
        List<String> findings = new ArrayList<>();
        for (Map.Entry<String, String> operation : operations(document)) {
            String path = FuzzMutations.fill(operation.getKey(), pathValues(operation.getKey(), fixture));
            String user = user(operation.getValue(), operation.getKey());
            String rest = path.substring(4);
            Map<String, Map<String, String>> mangled = new LinkedHashMap<>();
            mangled.put("/api/" + rest, Map.of());
            mangled.put("/api/." + rest, Map.of());
            mangled.put("/api/../api" + rest, Map.of());
            mangled.put(path + ";jsessionid=1", Map.of());
            mangled.put(path + "%2Fx", Map.of());
            mangled.put(path + "%00", Map.of());
            mangled.put(path + "%5C", Map.of());
            mangled.put(path + "?q=" + "x".repeat(9000), Map.of());
            mangled.put(path, Map.of("If-Match", "\"" + "9".repeat(10_000) + "\""));
            for (String method : List.of("TRACE", "PROPFIND")) {
                RawHttp.Answer answer = RawHttp.send(port, method, path, user, Map.of());
                ProblemChecks.flaws(answer.status(), answer.header("Content-Type"), answer.body())
                        .forEach(flaw -> findings.add(method + " " + path + ": " + flaw));
                if (answer.status() != 405) {
                    findings.add(method + " " + path + ": " + answer.status() + " instead of 405");
                }
            }
            String method = operation.getValue();
            mangled.forEach((target, headers) -> {
                RawHttp.Answer answer = RawHttp.send(port, method, target, user, headers);
                List<String> flaws = answer.status() == 400 ? ProblemChecks.flaws(
                        answer.status(), answer.header("Content-Type"), answer.body()) : List.of("status " + answer.status());
                flaws.forEach(flaw -> findings.add(method + " " + abbreviate(target) + " " + headers.keySet() + ": " + flaw));
            });
        }
        assertThat(findings).isEmpty();
    }

    private Http.Response send(FuzzCall call, List<String> findings) {
        Http client = new Http(baseUrl(), call.user());
        for (Map.Entry<String, String> header : call.headers().entrySet()) {
            client = client.with(header.getKey(), header.getValue());
        }
        Http.Response answer;
        try {
            answer = call.body() == null ? client.send(call.method(), call.path(), null)
                    : client.raw(call.method(), call.path(), call.contentType(), call.wireBody());
        } catch (AssertionError disagreement) {
            findings.add(call + " -> " + disagreement.getMessage());
            return null;
        }
        if (answer.status() >= 500) {
            findings.add(call + " -> " + answer);
        }
        if (answer.status() >= 400) {
            ProblemChecks.flaws(answer.status(), answer.header("Content-Type"), answer.body())
                    .forEach(flaw -> findings.add(call + " -> " + flaw + ": " + answer));
        }
        if (call.mustRefuse() && answer.status() < 300) {
            findings.add(call + " -> accepted: " + answer);
        }
        if (call.label().endsWith("problems accepted") && answer.status() == 406) {
            findings.add(call + " -> 406 instead of the problem: " + answer);
        }
        return answer;
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
