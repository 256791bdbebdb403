package io.kontor.api.common;

import java.util.ArrayList;
import java.util.List;

/** Collects field violations while checking an input, then throws them all at once. */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations add(String field, String message) {
        found.add(new FieldViolation(field, message));
        return this;
    }

    public Violations addAll(List<FieldViolation> violations) {
        found.addAll(violations);
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<FieldViolation> list() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
