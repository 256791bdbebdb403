package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Ways to spoil a valid request, derived from what the OpenAPI document says about the operation:
 * every body property gets values of the wrong type and values beyond its documented bounds (and
 * issue 17's refused spellings: enum indexes, epoch dates, instants for dates, empty ids, lone
 * surrogates); every parameter its bounds; plus bodies that are not objects, duplicate keys,
 * unknown fields and the headers of the conventions.
 */
final class FuzzMutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SchemaValues values;
    private final Random random;

    FuzzMutations(SchemaValues values, Random random) {
        this.values = values;
        this.random = random;
    }

    List<FuzzCall> of(JsonNode operation, String template, java.util.Map<String, String> pathValues, FuzzCall base,
                      ObjectNode body) {
        List<FuzzCall> calls = new ArrayList<>();
        if (body != null) {
            bodyShapes(base, body, calls);
            JsonNode schema = values.resolve(operation.path("requestBody").path("content").path("application/json").path("schema"));
            properties(base, body, schema, "", calls);
        }
        for (JsonNode parameter : operation.path("parameters")) {
            parameter(base, parameter, template, pathValues, calls);
        }
        calls.add(base.withHeader("Accept garbage", "Accept", "garbage", true));
        calls.add(base.withHeader("Accept problem only", "Accept", "application/problem+json", false));
        calls.add(base.as("anonymous", null));
        if ("GET".equals(base.method())) {
            calls.add(base.withHeader("await a negative position", "X-Await-Position", "-1", true));
            calls.add(base.withHeader("await a word", "X-Await-Position", "soon", true));
        } else {
            calls.add(base.as("a reader writes", "analyst"));
        }
        if ("POST".equals(base.method())) {
            calls.add(base.withHeader("Idempotency-Key of spaces", "Idempotency-Key", "a b", true));
        }
        return calls;
    }

    private void bodyShapes(FuzzCall base, ObjectNode body, List<FuzzCall> calls) {
        calls.add(base.withBody("body is an array", "[]", true).withHeader("body is an array, problems accepted",
                "Accept", "application/problem+json", true));
        calls.add(base.withBody("body is a string", "\"x\"", true));
        calls.add(base.withBody("body is a number", "42", true));
        calls.add(base.withBody("body is cut short", "{\"a\":", true));
        calls.add(base.withBody("body has trailing data", body + " {}", true));
        calls.add(base.withBody("body nests 1100 levels", "{\"a\":" + "[".repeat(1100) + "]".repeat(1100) + "}", true));
        calls.add(base.withContentType("body as text/plain", "text/plain", true));
        ObjectNode unknown = body.deepCopy();
        unknown.put("fuzzUnknownField", 1);
        calls.add(base.withBody("unknown field", unknown.toString(), true));
        if (body.size() > 0) {
            String first = body.fieldNames().next();
            String twice = "{\"" + first + "\":" + body.get(first) + "," + body.toString().substring(1);
            calls.add(base.withBody("field " + first + " twice", twice, true));
        }
    }

    private void properties(FuzzCall base, ObjectNode body, JsonNode schema, String prefix, List<FuzzCall> calls) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("properties").fields().forEachRemaining(property -> {
            String name = property.getKey();
            JsonNode declared = property.getValue();
            JsonNode resolved = values.resolve(declared);
            String type = SchemaValues.type(resolved);
            String label = prefix + name;
            for (Spoiled spoiled : spoil(name, type, resolved, declared)) {
                ObjectNode changed = body.deepCopy();
                changed.set(name, spoiled.value());
                calls.add(base.withBody(label + " " + spoiled.what(), changed.toString(), spoiled.refuse()));
            }
            if (required.contains(name)) {
                ObjectNode without = body.deepCopy();
                without.remove(name);
                calls.add(base.withBody(label + " missing", without.toString(), true));
                if (!declared.toString().contains("\"null\"")) {
                    ObjectNode nulled = body.deepCopy();
                    nulled.putNull(name);
                    calls.add(base.withBody(label + " null", nulled.toString(), true));
                }
            }
            if ("object".equals(type) && body.get(name) instanceof ObjectNode nested && prefix.isEmpty()) {
                for (FuzzCall inner : new FuzzMutations(values, random).nestedOf(base, resolved, nested, label)) {
                    ObjectNode changed = body.deepCopy();
                    changed.set(name, parse(inner.body()));
                    calls.add(inner.withBody(inner.label(), changed.toString(), inner.mustRefuse()));
                }
            }
        });
    }

    private List<FuzzCall> nestedOf(FuzzCall base, JsonNode schema, ObjectNode nested, String name) {
        List<FuzzCall> calls = new ArrayList<>();
        properties(base.withBody(name, nested.toString(), false), nested, schema, name + ".", calls);
        return calls;
    }

    record Spoiled(String what, JsonNode value, boolean refuse) {
    }

    private List<Spoiled> spoil(String name, String type, JsonNode schema, JsonNode declared) {
        List<Spoiled> spoiled = new ArrayList<>();
        switch (type) {
            case "string" -> {
                spoiled.add(new Spoiled("as a number", NODES.numberNode(42), true));
                spoiled.add(new Spoiled("as an object", NODES.objectNode(), true));
                spoiled.add(new Spoiled("with a lone surrogate", NODES.textNode(FuzzCall.LONE_SURROGATE), true));
                spoiled.add(new Spoiled("with a NUL character", NODES.textNode("a\u0000b"), true));
                if (schema.has("enum")) {
                    spoiled.add(new Spoiled("as an enum index", NODES.numberNode(1), true));
                    spoiled.add(new Spoiled("as an enum index in a string", NODES.textNode("1"), true));
                    spoiled.add(new Spoiled("as no value of the enum", NODES.textNode("NOT_A_VALUE"), true));
                }
                if (schema.has("maxLength")) {
                    spoiled.add(new Spoiled("over maxLength", NODES.textNode("x".repeat(schema.get("maxLength").asInt() + 1)), true));
                }
                if (schema.has("pattern")) {
                    spoiled.add(new Spoiled("against its pattern", NODES.textNode("~not valid~"), true));
                }
                switch (schema.path("format").asText()) {
                    case "uuid" -> {
                        spoiled.add(new Spoiled("as an empty id", NODES.textNode(""), true));
                        spoiled.add(new Spoiled("as a short id", NODES.textNode("1-1-1-1-1"), true));
                        spoiled.add(new Spoiled("as an id with a blank", NODES.textNode(" " + UUID.randomUUID()), true));
                    }
                    case "date" -> {
                        spoiled.add(new Spoiled("as an epoch number", NODES.numberNode(12345), true));
                        spoiled.add(new Spoiled("as an instant", NODES.textNode("2026-03-31T10:00:00Z"), true));
                    }
                    default -> spoiled.add(new Spoiled("very long", NODES.textNode("Ł".repeat(5000 + random.nextInt(5000))),
                            schema.has("maxLength")));
                }
            }
            case "integer", "number" -> {
                spoiled.add(new Spoiled("as a string", NODES.textNode("3"), true));
                spoiled.add(new Spoiled("as a fraction", NODES.numberNode(2.5), "integer".equals(type)));
                spoiled.add(new Spoiled("huge", NODES.numberNode(new java.math.BigInteger("1" + "0".repeat(30))), true));
                if (schema.has("minimum")) {
                    spoiled.add(new Spoiled("below its minimum", NODES.numberNode(schema.get("minimum").asLong() - 1), true));
                }
                if (schema.has("maximum")) {
                    spoiled.add(new Spoiled("above its maximum", NODES.numberNode(schema.get("maximum").asLong() + 1), true));
                }
            }
            case "boolean" -> spoiled.add(new Spoiled("as a string", NODES.textNode("true"), true));
            case "array" -> spoiled.add(new Spoiled("as a string", NODES.textNode("x"), true));
            case "object" -> {
                spoiled.add(new Spoiled("as a string", NODES.textNode("x"), true));
                spoiled.add(new Spoiled("as an array", NODES.arrayNode(), true));
            }
            default -> {
            }
        }
        return spoiled;
    }

    private void parameter(FuzzCall base, JsonNode parameter, String template, java.util.Map<String, String> pathValues,
                           List<FuzzCall> calls) {
        String in = parameter.path("in").asText();
        String name = parameter.path("name").asText();
        JsonNode schema = values.resolve(parameter.path("schema"));
        String type = SchemaValues.type(schema);
        List<String[]> bad = new ArrayList<>();
        if ("uuid".equals(schema.path("format").asText())) {
            bad.add(new String[]{"1-1-1-1-1", "short id"});
            bad.add(new String[]{"%20" + UUID.randomUUID(), "id with a blank"});
            bad.add(new String[]{"not-an-id", "word for an id"});
        } else if ("date-time".equals(schema.path("format").asText())) {
            bad.add(new String[]{"12345", "epoch number for an instant"});
            bad.add(new String[]{"2026-03-31", "date for an instant"});
        } else if ("integer".equals(type)) {
            bad.add(new String[]{"abc", "word for a number"});
            bad.add(new String[]{"99999999999999999999", "number beyond 64 bits"});
            if (schema.has("minimum")) {
                bad.add(new String[]{Long.toString(schema.get("minimum").asLong() - 1), "below its minimum"});
            }
            if (schema.has("maximum")) {
                bad.add(new String[]{Long.toString(schema.get("maximum").asLong() + 1), "above its maximum"});
            }
        } else if (schema.has("enum")) {
            bad.add(new String[]{"1", "enum index"});
            bad.add(new String[]{"NOT_A_VALUE", "no value of the enum"});
        }
        for (String[] value : bad) {
            String label = in + " " + name + " " + value[1];
            if ("path".equals(in)) {
                java.util.Map<String, String> spoiledValues = new java.util.HashMap<>(pathValues);
                spoiledValues.put(name, value[0]);
                calls.add(base.withPath(label, fill(template, spoiledValues), true));
            } else if ("query".equals(in)) {
                String separator = base.path().contains("?") ? "&" : "?";
                calls.add(base.withPath(label, base.path() + separator + name + "=" + value[0], true));
            }
        }
    }

    /** The path with its {variables} replaced. */
    static String fill(String template, java.util.Map<String, String> values) {
        String path = template;
        for (java.util.Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private static JsonNode parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
