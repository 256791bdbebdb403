package io.kontor.api.common;

/**
 * A zero-based page of a list; sizes are capped so one request cannot ask for the whole table, and
 * page numbers so that the offset (page x size) stays a number every database takes.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    public PageRequest {
        Violations violations = new Violations();
        if (page < 0 || page > MAX_PAGE) {
            violations.add("page", "must be between 0 and " + MAX_PAGE);
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
