package io.kontor.command.imports;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.NotFoundException;
import io.kontor.api.common.TimeOrderedIds;
import io.kontor.imports.SourceFile;
import io.kontor.imports.record.ImportSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Takes imports and reverts in: stores an accepted import with its files (so any node can run or resume it)
 * and wakes this node's runner; starts a revert only when nobody changed the import's records since.
 */
@Component
class ImportAcceptance {

    private static final int NAMED = 50;

    private final ImportJobs jobs;
    private final ImportRevert revert;
    private final ImportRunner runner;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    ImportAcceptance(ImportJobs jobs, ImportRevert revert, ImportRunner runner, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jobs = jobs;
        this.revert = revert;
        this.runner = runner;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    ImportJob accept(ImportSource source, List<SourceFile> files, String currency, boolean atomic, String principal,
                     String correlationId) {
        ImportJob job = new ImportJob(TimeOrderedIds.next(), source, ImportStatus.PLANNED, principal, correlationId, currency, atomic,
                0, 0, 0, 0, 0, 0, 0, 0, null, Instant.now(), null, null, null, null, null, null);
        transactions.executeWithoutResult(status -> jobs.insert(job, files));
        runner.wake();
        return job;
    }

    ImportJob revert(UUID id, String principal, String correlationId) {
        ImportJob job = jobs.find(id).orElseThrow(() -> new NotFoundException("import", id));
        if (job.status() == ImportStatus.REVERTED || job.status() == ImportStatus.REVERTING) {
            throw new BusinessRuleViolation("import-already-reverted", "Import " + id + " is " + job.status()
                    + "; there is nothing left to revert.", Map.of("importStatus", job.status().name()));
        }
        if (job.status().isActive()) {
            throw new BusinessRuleViolation("import-in-progress", "Import " + id + " is still " + job.status()
                    + "; revert it once it is DONE or FAILED.", Map.of("importStatus", job.status().name()));
        }
        List<ImportRevert.Conflict> conflicts = revert.conflicts(job);
        if (!conflicts.isEmpty()) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("changedRecords", conflicts.size());
            facts.put("records", ImportRevert.firstOf(conflicts, NAMED));
            throw new BusinessRuleViolation("import-changed-since", conflicts.size() + " record(s) of import " + id
                    + " were changed by someone else since it ran, for example " + conflicts.get(0).object() + " "
                    + conflicts.get(0).id() + " (" + conflicts.get(0).reason() + "); nothing was reverted. Undo or keep those "
                    + "changes by hand first.", facts);
        }
        int started = transactions.execute(status -> jdbc.update("UPDATE import_job SET status = 'REVERTING', next_step = 0, "
                + "owner = NULL, heartbeat_at = NULL, finished_at = NULL, reverted_by = ?, revert_correlation_id = ? "
                + "WHERE id = ? AND status IN ('DONE', 'FAILED')", principal, correlationId, id));
        if (started != 1) {
            throw new BusinessRuleViolation("import-already-reverted", "Import " + id + " is being reverted already.",
                    Map.of("importStatus", ImportStatus.REVERTING.name()));
        }
        runner.wake();
        return job;
    }
}
