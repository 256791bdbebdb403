package io.kontor.command.territory;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.api.common.Patch;
import io.kontor.api.common.Violations;
import io.kontor.api.territory.TerritoryCondition;
import io.kontor.api.territory.TerritoryField;
import io.kontor.api.territory.TerritoryOperator;
import io.kontor.platform.web.PatchDocument;
import io.kontor.platform.web.StrictFormats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the JSON body of a territory's creation or change: every unknown field, wrong type and
 * misshapen rule is collected and answered at once (400, one entry per problem under {@code errors}).
 */
final class TerritoryBody {

    static final Set<String> FIELDS = Set.of("name", "parentId", "priority", "match", "rules", "ownerId", "members",
            "effectiveFrom");
    private static final String FIELD_NAMES = Arrays.stream(TerritoryField.values()).map(TerritoryField::apiName)
            .collect(Collectors.joining(", "));

    private final PatchDocument document;
    private final Violations violations = new Violations();

    TerritoryBody(JsonNode body) {
        this.document = new PatchDocument(body, FIELDS);
    }

    PatchDocument document() {
        return document;
    }

    Patch<List<TerritoryCondition>> rules(JsonNode body) {
        JsonNode rules = body.get("rules");
        if (rules == null) {
            return Patch.keep();
        }
        if (rules.isNull()) {
            return Patch.set(List.of());
        }
        if (!rules.isArray()) {
            violations.add("rules", "must be a list of conditions {field, op, value}");
            return Patch.keep();
        }
        List<TerritoryCondition> conditions = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            TerritoryCondition condition = condition(rules.get(i), "rules[" + i + "]");
            if (condition != null) {
                conditions.add(condition);
            }
        }
        return Patch.set(conditions);
    }

    Patch<List<String>> members(JsonNode body) {
        JsonNode members = body.get("members");
        if (members == null) {
            return Patch.keep();
        }
        if (members.isNull()) {
            return Patch.set(List.of());
        }
        List<String> names = new ArrayList<>();
        if (members.isArray()) {
            members.forEach(member -> names.add(member.isTextual() ? member.textValue() : null));
        }
        if (!members.isArray() || names.contains(null)) {
            violations.add("members", "must be a list of user names");
            return Patch.keep();
        }
        return Patch.set(names);
    }

    Instant effectiveFrom() {
        Patch<String> text = document.text("effectiveFrom");
        String value = text.applyTo(null);
        if (value == null) {
            return Instant.now();
        }
        try {
            return StrictFormats.instant(value);
        } catch (RuntimeException e) {
            violations.add("effectiveFrom", "must be an ISO-8601 instant such as 2027-01-01T00:00:00Z");
            return null;
        }
    }

    void refuse(String field, String message) {
        violations.add(field, message);
    }

    void finish() {
        violations.addAll(collect());
        violations.throwIfAny();
    }

    private List<io.kontor.api.common.FieldViolation> collect() {
        try {
            document.finish();
            return List.of();
        } catch (io.kontor.api.common.InvalidInputException e) {
            return e.violations();
        }
    }

    private TerritoryCondition condition(JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            violations.add(at, "must be an object {field, op, value}");
            return null;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!Set.of("field", "op", "value").contains(name)) {
                violations.add(at + "." + name, "is not part of a condition (field, op, value)");
            }
        });
        TerritoryField field = TerritoryField.byApiName(node.path("field").asText(null)).orElse(null);
        if (field == null || !node.path("field").isTextual()) {
            violations.add(at + ".field", "must be one of " + FIELD_NAMES);
        }
        TerritoryOperator op = operator(node.path("op"));
        if (op == null) {
            violations.add(at + ".op", "must be one of EQ, IN, NOT_IN, GTE, LTE");
        }
        List<String> values = values(node.get("value"), field);
        if (values != null && op != null && op.takesList() != node.get("value").isArray()) {
            violations.add(at + ".value", op.takesList() ? op + " takes a list of values" : op + " takes one value, not a list");
            return null;
        }
        if (values == null) {
            violations.add(at + ".value", field == TerritoryField.EMPLOYEES
                    ? "must be a whole number, or a list of them for IN and NOT_IN"
                    : "must be a string, or a list of strings for IN and NOT_IN");
        }
        return field == null || op == null || values == null ? null : new TerritoryCondition(field, op, values);
    }

    private static TerritoryOperator operator(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        return Arrays.stream(TerritoryOperator.values()).filter(op -> op.name().equals(node.textValue())).findFirst().orElse(null);
    }

    /** The values as text (a scalar as a list of one), or null if one of them has the wrong type for the field. */
    private static List<String> values(JsonNode value, TerritoryField field) {
        if (value == null || value.isNull()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : value.isArray() ? iterable(value) : List.of(value)) {
            String text = field == TerritoryField.EMPLOYEES
                    ? (item.isIntegralNumber() && item.canConvertToLong() && item.longValue() >= 0 ? String.valueOf(item.longValue()) : null)
                    : (item.isTextual() ? item.textValue() : null);
            if (text == null) {
                return null;
            }
            values.add(text);
        }
        return values;
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
