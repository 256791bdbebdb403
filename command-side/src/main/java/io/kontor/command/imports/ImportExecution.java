package io.kontor.command.imports;

import io.kontor.imports.text.UnreadableFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Runs one import from where it stands: reads and orders its files again (the order depends on the files
 * alone, so a resumed import continues exactly after its last committed chunk), reports what reading found
 * once, then applies the steps chunk by chunk. A chunk that fails as a whole for an unexpected reason is
 * retried row by row, so one bad row costs only itself.
 */
@Component
class ImportExecution {

    private static final Logger LOG = LoggerFactory.getLogger(ImportExecution.class);

    private final ImportJobs jobs;
    private final ImportReading reading;
    private final DuplicateCandidates candidates;
    private final DryRun dryRun;
    private final ImportRevert revert;
    private final ChunkDispatcher dispatcher;
    private final ImportProperties properties;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    ImportExecution(ImportJobs jobs, ImportReading reading, DuplicateCandidates candidates, DryRun dryRun, ImportRevert revert,
                    ChunkDispatcher dispatcher, ImportProperties properties, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jobs = jobs;
        this.reading = reading;
        this.candidates = candidates;
        this.dryRun = dryRun;
        this.revert = revert;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    void run(ImportJob job, String node, BooleanSupplier keepGoing) {
        PreparedImport prepared;
        try {
            prepared = reading.prepare(jobs.files(job.id()), job.source(), job.currency());
        } catch (UnreadableFileException e) {
            transactions.executeWithoutResult(status -> jobs.finish(job.id(), ImportStatus.FAILED, e.getMessage()));
            return;
        }
        if (job.nextStep() == 0 && job.rows() == 0 && !begin(job, prepared)) {
            return;
        }
        List<Step> steps = prepared.steps();
        for (int from = job.nextStep(); from < steps.size(); from += properties.chunkSize()) {
            if (!keepGoing.getAsBoolean()) {
                return;
            }
            int to = Math.min(steps.size(), from + properties.chunkSize());
            try {
                dispatcher.dispatch(job, chunk(job, node, steps, from, to));
            } catch (RowRefused refused) {
                stopAtomic(job, node, refused.problem());
                return;
            } catch (RuntimeException e) {
                if (!ownsStep(job, node, from)) {
                    LOG.warn("Import {} was taken over by another node at step {}", job.id(), from);
                    return;
                }
                LOG.warn("A chunk of import {} failed as a whole (steps {}-{}); applying its rows one by one", job.id(), from, to, e);
                rowByRow(job, node, steps, from, to);
            }
        }
        transactions.executeWithoutResult(status -> jobs.finish(job.id(), ImportStatus.DONE, null));
    }

    /** Reports what reading found and the duplicate candidates; an atomic import with any problem stops here. */
    private boolean begin(ImportJob job, PreparedImport prepared) {
        List<Problem> found = new ArrayList<>();
        prepared.errors().forEach(error -> found.add(Problem.error(error)));
        prepared.warnings().forEach(warning -> found.add(Problem.warning(warning)));
        found.addAll(candidates.find(prepared, new ClaimCache(jdbc)));
        ImportPlan plan = job.atomic() ? dryRun.plan(prepared) : null;
        transactions.executeWithoutResult(status -> {
            jobs.begin(job.id(), prepared.rows(), prepared.rowsSettled(), prepared.rowsRefused());
            jobs.report(job.id(), found, properties.maxProblems());
            if (plan != null && plan.failed() > 0) {
                jobs.report(job.id(), plan.errors().stream().filter(e -> prepared.errors().stream()
                        .noneMatch(known -> known.message().equals(e.message()))).map(e -> new Problem("ERROR", e.file(), e.line(),
                        null, e.field(), e.message(), null)).toList(), properties.maxProblems());
                jobs.finish(job.id(), ImportStatus.FAILED, "atomic import refused before writing anything: " + plan.failed()
                        + " of " + plan.rows() + " rows cannot be imported (see errors)");
            }
        });
        return plan == null || plan.failed() == 0;
    }

    private void rowByRow(ImportJob job, String node, List<Step> steps, int from, int to) {
        for (int step = from; step < to; step++) {
            try {
                dispatcher.dispatch(job, chunk(job, node, steps, step, step + 1));
            } catch (RuntimeException e) {
                int failed = step;
                Step failing = steps.get(step);
                LOG.warn("Import {}: step {} ({}) could not be applied", job.id(), step, failing.record().at(), e);
                transactions.executeWithoutResult(status -> {
                    jobs.report(job.id(), List.of(new Problem("ERROR", failing.record().at().file(), failing.record().at().line(),
                            failing.record().type(), null, "could not be applied: " + e.getMessage(), null)), properties.maxProblems());
                    jobs.advance(job.id(), node, failed, failing instanceof Step.Apply ? new Progress(1, 0, 0, 0, 0, 1)
                            : Progress.NONE, failed + 1);
                });
            }
        }
    }

    /** An atomic import's row was refused: everything it applied is undone, and it ends FAILED naming the row. */
    private void stopAtomic(ImportJob job, String node, Problem problem) {
        transactions.executeWithoutResult(status -> jobs.report(job.id(), List.of(problem), properties.maxProblems()));
        revert.undoAll(job, node);
        transactions.executeWithoutResult(status -> jobs.finish(job.id(), ImportStatus.FAILED, "atomic import stopped at "
                + problem.file() + " line " + problem.line() + ": " + problem.message()
                + "; what it had applied was reverted"));
    }

    private boolean ownsStep(ImportJob job, String node, int step) {
        return jobs.find(job.id()).map(current -> node.equals(current.owner()) && current.nextStep() == step).orElse(false);
    }

    private ImportChunk chunk(ImportJob job, String node, List<Step> steps, int from, int to) {
        return new ImportChunk(job.id(), node, job.source().key(), List.copyOf(steps.subList(from, to)), from, job.atomic(),
                properties.maxProblems());
    }
}
