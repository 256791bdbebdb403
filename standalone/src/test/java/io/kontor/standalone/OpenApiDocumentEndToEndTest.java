package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is a contract other tools consume: it must say what the service answers
 * (201 for creations, 202 for replays, problems for errors, null where null is sent) and be free of
 * circular references, which Postman's converter and Portman refuse. And the check every end-to-end
 * answer goes through ({@link OpenApiAnswers}) must itself catch a lie.
 */
class OpenApiDocumentEndToEndTest extends StandaloneTest {

    private JsonNode document() {
        return OpenApiAnswers.INSTANCE.document(baseUrl());
    }

    @Test
    void creationsAre201ReplaysAre202AndEveryOperationDocumentsItsProblems() {
        JsonNode paths = document().path("paths");
        for (String creation : List.of("/api/accounts", "/api/accounts/{accountId}/contacts", "/api/opportunities", "/api/leads")) {
            JsonNode responses = paths.path(creation).path("post").path("responses");
            assertThat(responses.has("201")).as(creation).isTrue();
            assertThat(responses.has("200")).as(creation).isFalse();
            assertThat(responses.path("201").path("headers").has("Location")).as(creation).isTrue();
        }
        JsonNode replay = paths.path("/api/admin/projections/{name}/replay").path("post").path("responses");
        assertThat(replay.has("202")).isTrue();
        assertThat(replay.has("200")).isFalse();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            for (String status : List.of("400", "401", "403", "500")) {
                assertThat(operation.getValue().path("responses").path(status).path("content").has("application/problem+json"))
                        .as("%s %s documents %s", operation.getKey(), path.getKey(), status).isTrue();
            }
        }));
    }

    @Test
    void everyOptionalPropertyMayBeNullAndNoSchemaRefersToItself() {
        Map.Entry<String, JsonNode>[] schemas = iterable(document().path("components").path("schemas"));
        for (Map.Entry<String, JsonNode> schema : schemas) {
            Set<String> required = new HashSet<>();
            schema.getValue().path("required").forEach(name -> required.add(name.asText()));
            schema.getValue().path("properties").fields().forEachRemaining(property -> {
                if (!required.contains(property.getKey())) {
                    assertThat(property.getValue().toString()).as("%s.%s", schema.getKey(), property.getKey())
                            .contains("\"null\"");
                }
            });
            assertThat(reachable(schema.getKey(), new HashSet<>())).as("schemas %s refers to", schema.getKey())
                    .doesNotContain(schema.getKey());
        }
    }

    @Test
    void theCheckOfEveryAnswerCatchesWhatTheDocumentDoesNotSay() {
        Http.Response created = openAccount(Map.of("name", "Checked against the document"));
        JsonNode account = readAfter(created, "/api/accounts/" + created.id()).json();
        String path = "/api/accounts/" + created.id();
        OpenApiAnswers check = OpenApiAnswers.INSTANCE;

        assertThat(check.mismatch(baseUrl(), "GET", path, 200, "application/json", account.toString())).isEmpty();
        assertThat(check.mismatch(baseUrl(), "GET", path, 201, "application/json", account.toString()))
                .hasValueSatisfying(why -> assertThat(why).contains("status 201 is not documented"));
        assertThat(check.mismatch(baseUrl(), "GET", path, 200, "application/json",
                account.toString().replace("\"COMPANY\"", "\"SHOP\""))).isPresent();
        assertThat(check.mismatch(baseUrl(), "GET", path, 200, "application/json",
                account.toString().replace("\"version\"", "\"versio\""))).isPresent();
        assertThat(check.mismatch(baseUrl(), "PATCH", path, 200, "application/json", "{\"id\":\"" + created.id() + "\"}"))
                .as("a write's answer without its version").isPresent();
        assertThat(check.mismatch(baseUrl(), "GET", path, 400, "text/html", "<html/>")).isPresent();
        assertThat(check.mismatch(baseUrl(), "GET", path, 404, "application/problem+json", "{\"title\":\"x\"}"))
                .as("a problem without type and status").isPresent();
        assertThat(check.mismatch(baseUrl(), "DELETE", "/api/accounts", 200, "application/json", "{}"))
                .hasValueSatisfying(why -> assertThat(why).contains("no documented operation"));
    }

    private List<String> reachable(String name, Set<String> seen) {
        List<String> found = new ArrayList<>();
        JsonNode schema = document().path("components").path("schemas").path(name);
        for (String ref : refs(schema, new ArrayList<>())) {
            String target = ref.substring(ref.lastIndexOf('/') + 1);
            found.add(target);
            if (seen.add(target)) {
                found.addAll(reachable(target, seen));
            }
        }
        return found;
    }

    private static List<String> refs(JsonNode node, List<String> into) {
        if (node.has("$ref")) {
            into.add(node.get("$ref").asText());
        }
        node.forEach(child -> refs(child, into));
        return into;
    }

    @SuppressWarnings("unchecked")
    private static Map.Entry<String, JsonNode>[] iterable(JsonNode object) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        object.fields().forEachRemaining(entries::add);
        return entries.toArray(new Map.Entry[0]);
    }
}
