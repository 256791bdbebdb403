package io.kontor.command.imports;

import io.kontor.imports.record.ImportSource;

import java.time.Instant;
import java.util.UUID;

/** One import as {@code import_job} holds it; a revert is done as the user who asked for it, under that request's correlation id. */
public record ImportJob(UUID id, ImportSource source, ImportStatus status, String principal, String correlationId,
                        String currency, boolean atomic, int rows, int done, int created, int updated, int unchanged,
                        int matched, int failed, int nextStep, String owner, Instant acceptedAt, Instant startedAt,
                        Instant finishedAt, String failure, String revertedBy, String revertCorrelationId,
                        Long eventPosition) {

    /** Rows per second since it started (over its whole run once finished). */
    public double rate() {
        if (startedAt == null) {
            return 0;
        }
        Instant end = finishedAt != null ? finishedAt : Instant.now();
        double seconds = Math.max(0.001, (end.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0);
        return Math.round(done / seconds * 10) / 10.0;
    }
}
