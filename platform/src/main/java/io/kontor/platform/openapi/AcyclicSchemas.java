package io.kontor.platform.openapi;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tree (the account hierarchy, a territory tree) is naturally described by a schema that refers to
 * itself, but common tools (Postman's converter, Portman and others) refuse circular references. So a
 * schema on a cycle is written out {@value #LEVELS} levels deep under numbered names
 * ({@code HierarchyNode}, {@code HierarchyNode2}, ...), the last level's back reference being an
 * object of the same shape that the document no longer spells out. Real answers deeper than that
 * still validate; shallower ones are checked completely.
 */
final class AcyclicSchemas {

    static final int LEVELS = 4;

    private AcyclicSchemas() {
    }

    @SuppressWarnings("rawtypes")
    static void applyTo(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        for (String name : new ArrayList<>(schemas.keySet())) {
            if (refersTo(schemas.get(name), name, schemas, new HashSet<>())) {
                unroll(name, schemas);
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private static void unroll(String name, Map<String, Schema> schemas) {
        String json = Json31.pretty(schemas.get(name));
        String self = "#/components/schemas/" + name;
        for (int level = 1; level <= LEVELS; level++) {
            String levelName = level == 1 ? name : name + level;
            String next = level == LEVELS ? null : "#/components/schemas/" + name + (level + 1);
            Schema copy = read(json);
            redirect(copy, self, next, name);
            schemas.put(levelName, copy);
        }
    }

    /** Points the copy's references to itself at the next level, or at the last level at a plain object. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void redirect(Schema schema, String self, String next, String name) {
        if (schema == null) {
            return;
        }
        if (self.equals(schema.get$ref())) {
            if (next != null) {
                schema.set$ref(next);
            } else {
                schema.set$ref(null);
                schema.addType("object");
                schema.setDescription("a " + name + " again, nested further (written out " + LEVELS + " levels deep: "
                        + "tools refuse circular references)");
            }
            return;
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(p -> redirect(p, self, next, name));
        }
        redirect(schema.getItems(), self, next, name);
        for (List<Schema> parts : new List[]{schema.getAnyOf(), schema.getAllOf(), schema.getOneOf()}) {
            if (parts != null) {
                parts.forEach(p -> redirect(p, self, next, name));
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private static boolean refersTo(Schema schema, String target, Map<String, Schema> schemas, Set<String> visited) {
        if (schema == null) {
            return false;
        }
        if (schema.get$ref() != null) {
            String referenced = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            return referenced.equals(target)
                    || (visited.add(referenced) && refersTo(schemas.get(referenced), target, schemas, visited));
        }
        List<Schema> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(((Map<String, Schema>) schema.getProperties()).values());
        }
        children.add(schema.getItems());
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            children.add(additional);
        }
        for (List<Schema> parts : new List[]{schema.getAnyOf(), schema.getAllOf(), schema.getOneOf()}) {
            if (parts != null) {
                children.addAll(parts);
            }
        }
        return children.stream().anyMatch(child -> refersTo(child, target, schemas, visited));
    }

    @SuppressWarnings("rawtypes")
    private static Schema read(String json) {
        try {
            return Json31.mapper().readValue(json, Schema.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot copy a schema of the OpenAPI document", e);
        }
    }

}
