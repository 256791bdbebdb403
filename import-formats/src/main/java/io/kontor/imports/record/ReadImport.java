package io.kontor.imports.record;

import java.util.List;
import java.util.Map;

/**
 * What the files of one import hold: the records read, rows per object (counting refused rows too), and
 * every problem with its file, line and field. {@code errors} are rows that cannot be imported;
 * {@code warnings} are rows imported with something left out (a deleted record, an unmapped owner).
 */
public record ReadImport(ImportSource source, List<String> files, List<ImportRecord> records,
                         Map<RecordType, Integer> rowsPerType, List<RowProblem> errors, List<RowProblem> warnings) {

    public int rows() {
        return rowsPerType.values().stream().mapToInt(Integer::intValue).sum();
    }
}
