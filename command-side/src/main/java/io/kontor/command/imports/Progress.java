package io.kontor.command.imports;

/** Counts of rows a chunk (or a whole run) got through. */
record Progress(int done, int created, int updated, int unchanged, int matched, int failed) {

    static final Progress NONE = new Progress(0, 0, 0, 0, 0, 0);

    Progress plus(Progress other) {
        return new Progress(done + other.done, created + other.created, updated + other.updated,
                unchanged + other.unchanged, matched + other.matched, failed + other.failed);
    }
}
