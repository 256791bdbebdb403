package io.kontor.command.imports;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A dry run's answer: what the import would do, with nothing written. Rows per object, the records it
 * would create, update (with the fields) or leave unchanged, the rows matched to existing records by their
 * source id, duplicate candidates, and every problem with its file, line and field.
 */
public record ImportPlan(boolean dryRun, String source, List<String> files, int rows, Map<String, ObjectCounts> objects,
                         int created, int updated, int unchanged, int matched, int failed, List<Update> updates,
                         List<ImportView.Issue> candidates, List<ImportView.Issue> errors, List<ImportView.Issue> warnings) {

    /** Per object: rows in the files and what would happen to them. */
    public record ObjectCounts(int rows, int create, int update, int unchanged, int errors) {
    }

    /** An existing record the import would change, and which of its fields. */
    public record Update(String file, int line, String object, UUID id, List<String> fields) {
    }
}
