package io.kontor.command.imports;

import io.kontor.imports.record.ReadImport;
import io.kontor.imports.record.RowProblem;

import java.util.List;

/**
 * An import's files read and put in order: the steps to run, and the rows that cannot be imported (read
 * errors, duplicates in the files, parent cycles), found before anything is written.
 */
record PreparedImport(ReadImport read, List<Step> steps, List<RowProblem> errors, List<RowProblem> warnings) {

    int rows() {
        return read.rows();
    }

    /** Rows refused while reading and ordering. */
    int rowsRefused() {
        return (int) errors.stream().filter(error -> error.type() != null).map(RowProblem::at).distinct().count();
    }

    /** Rows settled before the first step: refused or left out while reading and ordering. */
    int rowsSettled() {
        return rows() - (int) steps.stream().filter(Step.Apply.class::isInstance).count();
    }
}
