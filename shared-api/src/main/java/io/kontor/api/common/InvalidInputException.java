package io.kontor.api.common;

import java.util.List;

/** The input itself is invalid, whatever the state of the system: answered with 400 and the field list. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String describe(List<FieldViolation> violations) {
        StringBuilder text = new StringBuilder();
        for (FieldViolation violation : violations) {
            text.append(text.isEmpty() ? "" : "; ").append(violation.field()).append(": ").append(violation.message());
        }
        return text.toString();
    }
}
