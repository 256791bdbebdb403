package io.kontor.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The API writes every field, {@code null} included, and reads {@code null} as "not given". So every
 * property that is not required may be {@code null}, and the document says so (OpenAPI 3.1: the type
 * lists {@code "null"}; a reference becomes {@code anyOf [ref, null]}). Without it, a client that
 * validates answers against the document refuses real ones.
 */
final class NullableOptionalFields {

    private NullableOptionalFields() {
    }

    @SuppressWarnings("rawtypes")
    static void applyTo(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<Schema, Boolean> seen = new IdentityHashMap<>();
        openApi.getComponents().getSchemas().values().forEach(schema -> visit(schema, seen));
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getResponses() != null) {
                    operation.getResponses().values().forEach(response -> {
                        if (response.getContent() != null) {
                            response.getContent().values().forEach(media -> visit(media.getSchema(), seen));
                        }
                    });
                }
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().values().forEach(media -> visit(media.getSchema(), seen));
                }
            }));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void visit(Schema schema, Map<Schema, Boolean> seen) {
        if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
            return;
        }
        if (schema.getProperties() != null) {
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            Map<String, Schema> properties = schema.getProperties();
            for (String name : new ArrayList<>(properties.keySet())) {
                Schema property = properties.get(name);
                visit(property, seen);
                if (!required.contains(name)) {
                    properties.put(name, nullable(property));
                }
            }
        }
        visit(schema.getItems(), seen);
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            visit(additional, seen);
        }
        for (List<Schema> composed : List.of(listOrEmpty(schema.getAllOf()), listOrEmpty(schema.getAnyOf()),
                listOrEmpty(schema.getOneOf()))) {
            composed.forEach(part -> visit(part, seen));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema nullable(Schema property) {
        if (property.get$ref() != null) {
            Schema wrapper = new Schema().anyOf(List.of(new Schema().$ref(property.get$ref()), nullSchema()));
            wrapper.setDescription(property.getDescription());
            return wrapper;
        }
        Set<String> types = property.getTypes() != null ? new LinkedHashSet<>(property.getTypes()) : new LinkedHashSet<>();
        if (types.isEmpty() && property.getType() != null) {
            types.add(property.getType());
        }
        if (types.isEmpty()) {
            List<Schema> anyOf = property.getAnyOf();
            if (anyOf != null && anyOf.stream().noneMatch(NullableOptionalFields::isNull)) {
                List<Schema> widened = new ArrayList<>(anyOf);
                widened.add(nullSchema());
                property.setAnyOf(widened);
            }
            return property;
        }
        types.add("null");
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List values = new ArrayList(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
    }

    @SuppressWarnings("rawtypes")
    private static boolean isNull(Schema schema) {
        return schema.getTypes() != null && schema.getTypes().contains("null");
    }

    @SuppressWarnings("rawtypes")
    private static Schema nullSchema() {
        Schema none = new Schema();
        none.addType("null");
        return none;
    }

    @SuppressWarnings("rawtypes")
    private static List<Schema> listOrEmpty(List<Schema> list) {
        return list == null ? List.of() : list;
    }
}
