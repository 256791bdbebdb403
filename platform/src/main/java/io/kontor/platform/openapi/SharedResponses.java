package io.kontor.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import java.util.List;


/**
 * What every operation shares, written once: the problem responses (RFC 9457, a stable
 * {@code urn:kontor:problem:} type), {@code X-Correlation-Id}, {@code X-Await-Position} on reads,
 * {@code Idempotency-Key} on creations, and {@code ETag}, {@code X-Event-Position} and
 * {@code Location} on the answers to writes.
 */
final class SharedResponses {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    private SharedResponses() {
    }

    static void addTo(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            operation.setResponses(responses);
            boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD;
            problem(responses, "400", "Invalid input: the errors name each field and what it must be");
            problem(responses, "401", "No or bad credentials");
            problem(responses, "403", "The caller's role does not allow this");
            problem(responses, "404", "No such resource");
            problem(responses, "406", "Accept names no representation this operation has");
            problem(responses, "500", "A bug; quote the correlation id");
            parameter(operation, header("X-Correlation-Id", "Echoed, logged and stored on every event the request causes",
                    new StringSchema().pattern("^[A-Za-z0-9._:/+=-]{1,128}$")));
            if (read) {
                responses.computeIfAbsent("304", code -> new ApiResponse().description(
                        "Not modified: If-None-Match names the current ETag, or is *"));
                problem(responses, "503", "X-Await-Position was not reached in time; retry after Retry-After seconds");
                parameter(operation, header("X-Await-Position", "Answer once the projections have processed this "
                        + "event position (a write's X-Event-Position)", new IntegerSchema().format("int64").minimum(
                        java.math.BigDecimal.ZERO)));
            } else {
                problem(responses, "409", "A business rule forbids it (rule names it), or a concurrent change");
                problem(responses, "412", "If-Match names a version the resource is no longer at");
                if (operation.getRequestBody() != null) {
                    problem(responses, "415", "The body is not application/json");
                }
                writeHeaders(responses);
            }
            // An error an endpoint declares itself (@ApiResponse(responseCode = "413")) is a problem too.
            responses.forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    problem(responses, code, response.getDescription());
                }
            });
            if (method == PathItem.HttpMethod.POST) {
                problem(responses, "422", "Idempotency-Key was used before with another body");
                parameter(operation, header("Idempotency-Key", "A repeat with the same key and body gets the first "
                        + "answer again", new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$")));
            }
        }));
    }

    private static void writeHeaders(ApiResponses responses) {
        responses.forEach((code, response) -> {
            if (!code.startsWith("2")) {
                return;
            }
            response.addHeaderObject("ETag", new Header().description("The version reached, as \"N\"")
                    .schema(new StringSchema()));
            response.addHeaderObject("X-Event-Position", new Header().description(
                    "The global event position a read can await with X-Await-Position").schema(new IntegerSchema().format("int64")));
            if ("201".equals(code)) {
                response.addHeaderObject("Location", new Header().description("The created resource").schema(new StringSchema()));
            }
        });
    }

    private static void problem(ApiResponses responses, String code, String description) {
        ApiResponse response = responses.computeIfAbsent(code, missing -> new ApiResponse().description(description));
        Content content = response.getContent() == null ? new Content() : response.getContent();
        content.remove("*/*");
        content.addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
        response.setContent(content);
    }

    private static Parameter header(String name, String description, Schema<?> schema) {
        return new Parameter().in("header").name(name).required(false).description(description).schema(schema);
    }

    private static void parameter(Operation operation, Parameter parameter) {
        List<Parameter> parameters = operation.getParameters();
        if (parameters == null || parameters.stream().noneMatch(p -> "header".equals(p.getIn())
                && p.getName().equalsIgnoreCase(parameter.getName()))) {
            operation.addParametersItem(parameter);
        }
    }

    private static Schema<?> problemSchema() {
        Schema<?> violation = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the field, in the request's dotted notation"))
                .addProperty("message", new StringSchema().description("what it must be"))
                .required(List.of("field", "message"));
        Schema<?> problem = new ObjectSchema()
                .description("RFC 9457 problem details; further members carry the facts of a business rule")
                .addProperty("type", new StringSchema().format("uri").pattern("^urn:kontor:problem:[a-z0-9-]+$"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().minimum(java.math.BigDecimal.valueOf(400)).maximum(
                        java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("correlationId", new StringSchema())
                .addProperty("rule", new StringSchema().description("the business rule, on 409"))
                .addProperty("errors", new ArraySchema().items(violation).description("the invalid fields, on 400"))
                .required(List.of("type", "title", "status"));
        problem.setAdditionalProperties(Boolean.TRUE);
        return problem;
    }

}
