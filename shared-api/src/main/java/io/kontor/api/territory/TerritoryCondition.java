package io.kontor.api.territory;

import java.util.List;

/**
 * One condition of a territory's rules: {@code field op values}. Single-valued operators ({@code EQ},
 * {@code GTE}, {@code LTE}) hold exactly one value. Values are kept as normalized text (codes upper-cased,
 * head counts as plain digits); {@link TerritoryRules#check} says what is valid.
 */
public record TerritoryCondition(TerritoryField field, TerritoryOperator op, List<String> values) {

    public TerritoryCondition {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** Readable form, as the assignment explains itself: {@code country IN (PL, CZ)}. */
    public String describe() {
        String shown = op.takesList() ? "(" + String.join(", ", values) + ")" : String.join(", ", values);
        return field.apiName() + " " + op + " " + shown;
    }
}
