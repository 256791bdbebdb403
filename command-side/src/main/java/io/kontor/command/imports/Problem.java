package io.kontor.command.imports;

import io.kontor.imports.record.RecordType;
import io.kontor.imports.record.RowProblem;

import java.util.UUID;

/**
 * A problem an import reports: an {@code ERROR} (the row was not imported), a {@code WARNING} (imported
 * with something left out) or a {@code CANDIDATE} (the row looks like an existing record, {@code recordId};
 * it was not merged).
 */
record Problem(String kind, String file, Integer line, RecordType type, String field, String message, UUID recordId) {

    static Problem error(RowProblem problem) {
        return of("ERROR", problem);
    }

    static Problem warning(RowProblem problem) {
        return of("WARNING", problem);
    }

    private static Problem of(String kind, RowProblem problem) {
        return new Problem(kind, problem.at() == null ? null : problem.at().file(),
                problem.at() == null ? null : problem.at().line(), problem.type(), problem.field(), problem.message(), null);
    }
}
