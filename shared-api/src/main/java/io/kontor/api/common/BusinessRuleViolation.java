package io.kontor.api.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A business rule forbids the command in the current state of the system: answered with 409.
 *
 * <p>{@code rule} is a stable, kebab-case code clients can branch on (it becomes the problem's
 * {@code type}); {@code details} are extra facts the client may need, such as the id of the account
 * that already holds a debtor number.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final String rule;
    private final transient Map<String, Object> details;

    public BusinessRuleViolation(String rule, String message) {
        this(rule, message, Map.of());
    }

    public BusinessRuleViolation(String rule, String message, Map<String, Object> details) {
        super(message);
        this.rule = rule;
        this.details = new LinkedHashMap<>(details);
    }

    public String rule() {
        return rule;
    }

    public Map<String, Object> details() {
        return Map.copyOf(details);
    }
}
