package io.kontor.command.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.api.common.Money;
import io.kontor.api.common.MoneyRules;
import io.kontor.api.common.Violations;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/** Money as the HTTP API takes it: {@code {"amount": "12500.00", "currency": "EUR"}}, the amount a decimal string. */
@Schema(name = "Money")
public record MoneyInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "12500.00",
                                 description = "a decimal string, never a JSON number; not negative, with at most "
                                         + "the currency's decimal places", pattern = "^[0-9]{1,19}(\\.[0-9]{1,6})?$")
                         String amount,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "EUR", description = "ISO 4217",
                                 pattern = "^[A-Z]{3}$") String currency) {

    /** The money, or {@code null} with violations noted under {@code field}. */
    public Money toMoney(String field, Violations violations) {
        BigDecimal parsed = MoneyRules.parseAmount(field, amount, violations);
        if (currency == null) {
            violations.add(field + ".currency", "is required");
            return null;
        }
        return parsed == null ? null : new Money(parsed, currency);
    }

    /** Reads a money object out of a patch document's node. */
    public static Money fromNode(String field, JsonNode node, Violations violations) {
        if (!node.isObject() || !node.path("amount").isTextual() || !node.path("currency").isTextual()
                || node.size() != 2) {
            violations.add(field, "must be {\"amount\": \"<decimal string>\", \"currency\": \"<ISO 4217>\"}");
            return null;
        }
        return new MoneyInput(node.get("amount").textValue(), node.get("currency").textValue()).toMoney(field, violations);
    }
}
