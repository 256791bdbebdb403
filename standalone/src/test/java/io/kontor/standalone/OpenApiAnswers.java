package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import io.kontor.platform.testing.Http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Holds every answer of the end-to-end tests to the service's own OpenAPI document (/v3/api-docs):
 * the status must be documented for the operation, the content type listed, and the body valid against
 * the schema if it is JSON (JSON Schema 2020-12, the dialect of OpenAPI 3.1, with formats asserted). A mismatch
 * fails the test that received the answer. Requests are not checked: tests send bad ones on purpose.
 */
final class OpenApiAnswers implements Http.Observer {

    static final OpenApiAnswers INSTANCE = new OpenApiAnswers();

    private static final ObjectMapper JSON = new ObjectMapper();
    /** OpenAPI 3.1's dialect; "components" rides along at the root so that references resolve, it validates nothing. */
    private static final JsonMetaSchema DIALECT = JsonMetaSchema.builder(OpenApi31.getInstance())
            .keyword(new NonValidationKeyword("components")).build();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(DIALECT).defaultMetaSchemaIri(DIALECT.getIri()));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    private OpenApiAnswers() {
    }

    /** The document a service serves, read once per service. */
    JsonNode document(String baseUrl) {
        return documents.computeIfAbsent(baseUrl, OpenApiAnswers::fetch);
    }

    @Override
    public void exchanged(String baseUrl, String method, String path, Http.Response response) {
        String route = path.split("\\?", 2)[0];
        if (!route.startsWith("/api/")) {
            return;
        }
        Optional<String> problem = mismatch(baseUrl, method, route, response.status(),
                response.header("Content-Type"), response.body());
        if (problem.isPresent()) {
            throw new AssertionError("The answer to " + method + " " + path + " disagrees with /v3/api-docs: "
                    + problem.get() + "\n  answer: " + response);
        }
    }

    /** Why the answer disagrees with the document, if it does. */
    Optional<String> mismatch(String baseUrl, String method, String route, int status, String contentType, String body) {
        JsonNode document = document(baseUrl);
        Optional<Map.Entry<String, JsonNode>> operation = operation(document, method.toLowerCase(Locale.ROOT), route);
        if (operation.isEmpty()) {
            return status < 300 ? Optional.of("no documented operation answers " + method + " " + route) : Optional.empty();
        }
        JsonNode responses = operation.get().getValue().path("responses");
        JsonNode documented = responses.has(Integer.toString(status)) ? responses.get(Integer.toString(status))
                : responses.get("default");
        String where = method + " " + operation.get().getKey() + " " + status;
        if (documented == null) {
            return Optional.of("status " + status + " is not documented for " + method + " " + operation.get().getKey());
        }
        if (body == null || body.isEmpty() || "HEAD".equals(method)) {
            return Optional.empty();
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].strip();
        JsonNode content = documented.path("content").get(mediaType);
        if (content == null) {
            return Optional.of(where + " documents no content of type " + mediaType);
        }
        if (!content.has("schema") || !(mediaType.equals("application/json") || mediaType.endsWith("+json"))) {
            return Optional.empty();
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException e) {
            return Optional.of(where + " answered a body that is not JSON");
        }
        JsonSchema schema = compiled.computeIfAbsent(baseUrl + " " + where + " " + mediaType, key -> {
            ObjectNode rooted = content.get("schema").deepCopy();
            rooted.set("components", document.path("components"));
            return SCHEMAS.getSchema(rooted, CONFIG);
        });
        Set<ValidationMessage> errors = schema.validate(answer);
        return errors.isEmpty() ? Optional.empty() : Optional.of(where + ": " + errors.stream()
                .map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
    }

    /** The operation of the document that serves this method and path; literal segments beat templates. */
    static Optional<Map.Entry<String, JsonNode>> operation(JsonNode document, String method, String route) {
        return StreamSupport.stream(((Iterable<Map.Entry<String, JsonNode>>) () -> document.path("paths").fields())
                        .spliterator(), false)
                .filter(path -> path.getValue().has(method) && matches(path.getKey(), route))
                .max(Comparator.comparingLong(path -> path.getKey().chars().filter(c -> c == '{').count() * -1))
                .map(path -> Map.entry(path.getKey(), path.getValue().get(method)));
    }

    static boolean matches(String template, String route) {
        String[] expected = template.split("/");
        String[] actual = route.split("/", -1);
        if (expected.length != actual.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            boolean variable = expected[i].startsWith("{") && expected[i].endsWith("}");
            if (variable ? actual[i].isEmpty() : !expected[i].equals(actual[i])) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode fetch(String baseUrl) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
