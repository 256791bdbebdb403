package io.kontor.api.common;

/** A zero-based page of a list; sizes are capped so one request cannot ask for the whole table. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;

    public PageRequest {
        Violations violations = new Violations();
        if (page < 0) {
            violations.add("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            violations.add("size", "must be between 1 and " + MAX_SIZE);
        }
        violations.throwIfAny();
    }

    public long offset() {
        return (long) page * size;
    }
}
