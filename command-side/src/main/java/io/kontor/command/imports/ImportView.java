package io.kontor.command.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/imports/{id}}: the import's status and counts, its rate (rows per second), and the problems
 * found so far (errors, warnings, duplicate candidates; each list holds the first ones, the totals are exact).
 * Once it has ended, {@code position} covers every record it created, changed or found unchanged
 * ({@link ImportJobs#cover}): send it as {@code X-Await-Position} to read them.
 */
public record ImportView(UUID id, String status, String source, List<String> files, int rows, int done, int created,
                         int updated, int unchanged, int matched, int failed, double rate, String principal, Instant acceptedAt,
                         Instant startedAt, Instant finishedAt, String failure, Long position, int errorCount, List<Issue> errors,
                         int warningCount, List<Issue> warnings, int candidateCount, List<Issue> candidates) {

    /** One problem: where (file, line, object, the source's field name), what, and for a candidate the existing record. */
    public record Issue(String file, Integer line, String object, String field, String message, UUID recordId) {

        static Issue of(Problem problem) {
            return new Issue(problem.file(), problem.line(), problem.type() == null ? null : problem.type().objectName(),
                    problem.field(), problem.message(), problem.recordId());
        }
    }
}
