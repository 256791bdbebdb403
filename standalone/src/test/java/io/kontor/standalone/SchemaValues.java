package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Valid values of the OpenAPI document's schemas, for the fuzz suite: required properties and
 * examples, enums, formats and bounds as the document states them; ids named like a kind of
 * resource are taken from fixtures, so a generated request can reach the code behind validation.
 */
final class SchemaValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode components;
    private final Function<String, String> idFor;

    SchemaValues(JsonNode document, Function<String, String> idFor) {
        this.components = document.path("components").path("schemas");
        this.idFor = idFor;
    }

    /** The schema itself, with a reference or a nullable wrapper resolved to what it stands for. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 10; hops++) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asText();
                current = components.path(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (current.has("anyOf")) {
                JsonNode chosen = null;
                for (JsonNode option : current.get("anyOf")) {
                    if (!"null".equals(type(option))) {
                        chosen = option;
                    }
                }
                current = chosen == null ? NODES.objectNode() : chosen;
            } else {
                return current;
            }
        }
        return current;
    }

    /** The schema's type other than "null". */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!"null".equals(option.asText())) {
                    return option.asText();
                }
            }
            return "null";
        }
        return type.isMissingNode() ? (schema.has("properties") ? "object" : "") : type.asText();
    }

    JsonNode valid(String name, JsonNode schema) {
        JsonNode resolved = resolve(schema);
        switch (type(resolved)) {
            case "object":
                ObjectNode object = NODES.objectNode();
                List<String> required = new ArrayList<>();
                resolved.path("required").forEach(field -> required.add(field.asText()));
                resolved.path("properties").fields().forEachRemaining(property -> {
                    if (required.contains(property.getKey()) || wanted(property.getKey(), resolve(property.getValue()))) {
                        object.set(property.getKey(), valid(property.getKey(), property.getValue()));
                    }
                });
                return object;
            case "array":
                return NODES.arrayNode().add(valid(name, resolved.path("items")));
            case "integer":
                long low = resolved.path("minimum").asLong(1);
                return NODES.numberNode(Math.max(low, Math.min(resolved.path("maximum").asLong(3), 3)));
            case "number":
                return NODES.numberNode(1);
            case "boolean":
                return NODES.booleanNode(true);
            default:
                return NODES.textNode(text(name, resolved));
        }
    }

    private String text(String name, JsonNode schema) {
        if (schema.has("enum")) {
            for (JsonNode value : schema.get("enum")) {
                if (!value.isNull()) {
                    return value.asText();
                }
            }
        }
        String format = schema.path("format").asText();
        if (format.equals("uuid") || name.endsWith("Id")) {
            return idFor.apply(name);
        }
        return switch (format) {
            case "date" -> "2027-06-30";
            case "date-time" -> "2026-03-31T23:59:59Z";
            case "email" -> "fuzz." + idFor.apply("random").substring(0, 8) + "@example.pl";
            default -> schema.has("example") ? schema.get("example").asText()
                    : KNOWN.getOrDefault(name, "Fuzz " + idFor.apply("random").substring(0, 8));
        };
    }

    /** Optional properties worth sending: plain values, not alternative shapes of the same request. */
    private static boolean wanted(String name, JsonNode schema) {
        return !"object".equals(type(schema)) && !name.equals("accountId") && !name.equals("parentId")
                && !name.equals("region");
    }

    private static final Map<String, String> KNOWN = Map.of("country", "PL", "region", "PL-10",
            "website", "https://example.pl", "phone", "+48 22 123 45 67", "currency", "EUR", "amount", "10.00",
            "reason", "fuzzing", "stage", "PROPOSAL", "role", "USER");
}
