package io.kontor.imports.record;

import io.kontor.api.common.FieldViolation;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while reading files: errors (the row is not imported) and warnings. */
public final class ProblemLog {

    private final List<RowProblem> errors = new ArrayList<>();
    private final List<RowProblem> warnings = new ArrayList<>();

    /** Notes an error; a second one for the same field of the same row (a rule restating a missing value) is dropped. */
    public void error(SourcePosition at, RecordType type, String field, String message) {
        // Rows are logged in order, so only the latest row's errors need comparing.
        if (errors.stream().skip(Math.max(0, errors.size() - 20)).noneMatch(e -> e.at().equals(at) && java.util.Objects.equals(e.field(), field))) {
            errors.add(new RowProblem(at, type, field, message));
        }
    }

    public void warning(SourcePosition at, RecordType type, String field, String message) {
        warnings.add(new RowProblem(at, type, field, message));
    }

    /** Kontor's own validation of a row, with each field named as the source names it. */
    public void errors(SourcePosition at, RecordType type, FieldNames names, List<FieldViolation> violations) {
        for (FieldViolation violation : violations) {
            String field = violation.field();
            String base = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
            String named = names.sourceByKontor().containsKey(field) ? names.of(field) : names.of(base);
            error(at, type, named, violation.message());
        }
    }

    public List<RowProblem> errors() {
        return List.copyOf(errors);
    }

    public List<RowProblem> warnings() {
        return List.copyOf(warnings);
    }
}
