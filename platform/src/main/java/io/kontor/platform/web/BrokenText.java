package io.kontor.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.api.common.Violations;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.Map;

/**
 * Finds text that is not text: a lone UTF-16 surrogate ({@code "\ud800"} in JSON) is a broken
 * character no UTF-8 client can read back, and a control character other than tab and line breaks
 * ({@code "\u0000"} above all, which PostgreSQL cannot even store in a text column) is no part of a
 * name, a title or a reason. Walks a request body as it was read (JSON trees, records, maps, lists)
 * and names the field, in the API's dotted notation, for every such value.
 */
final class BrokenText {

    private static final String SURROGATE = "is not valid Unicode text (a lone UTF-16 surrogate)";
    private static final String CONTROL = "contains a control character (of those, only tab and line breaks are text)";

    private static final int MAX_DEPTH = 64;

    private BrokenText() {
    }

    static Violations check(Object body) {
        Violations violations = new Violations();
        walk(body, "", violations, 0);
        return violations;
    }

    /** What is wrong with the text, or {@code null} if nothing is. */
    static String problemWith(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return SURROGATE;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return SURROGATE;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return CONTROL;
            }
        }
        return null;
    }

    private static void walk(Object value, String path, Violations violations, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence text) {
            note(text, path, violations);
        } else if (value instanceof JsonNode node) {
            walkNode(node, path, violations, depth);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                String field = join(path, String.valueOf(key));
                if (key instanceof CharSequence name && problemWith(name) != null) {
                    violations.add(field, problemWith(name));
                }
                walk(item, field, violations, depth + 1);
            });
        } else if (value instanceof Iterable<?> items) {
            int index = 0;
            for (Object item : items) {
                walk(item, path + "[" + index++ + "]", violations, depth + 1);
            }
        } else if (value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                walk(Array.get(value, i), path + "[" + i + "]", violations, depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                walk(read(component.getAccessor(), value), join(path, component.getName()), violations, depth + 1);
            }
        }
    }

    private static void walkNode(JsonNode node, String path, Violations violations, int depth) {
        if (node.isTextual()) {
            note(node.textValue(), path, violations);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = join(path, field.getKey());
                if (problemWith(field.getKey()) != null) {
                    violations.add(name, problemWith(field.getKey()));
                }
                walk(field.getValue(), name, violations, depth + 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", violations, depth + 1);
            }
        }
    }

    private static void note(CharSequence text, String path, Violations violations) {
        String problem = problemWith(text);
        if (problem != null) {
            violations.add(path.isEmpty() ? "body" : path, problem);
        }
    }

    private static Object read(Method accessor, Object record) {
        try {
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            return null;
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
