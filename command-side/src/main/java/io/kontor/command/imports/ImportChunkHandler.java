package io.kontor.command.imports;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.InvalidInputException;
import io.kontor.api.common.NotFoundException;
import io.kontor.command.support.ExternalIdRegistry;
import io.kontor.imports.record.ContactRoleRecord;
import io.kontor.imports.record.ImportRecord;
import io.kontor.imports.record.RowProblem;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Applies a chunk of an import in one unit of work and transaction: it takes its source's import lock,
 * reads the chunk's claims in a few queries, decides and sends each row's commands (each joins the
 * transaction, as a move's role endings do), then writes what the rows' sources said, what changed, the
 * problems and the progress. Events, claims and progress commit together or not at all, so an import is
 * never half-applied without its progress saying exactly how far it got.
 */
@Component
class ImportChunkHandler {

    private final JdbcTemplate jdbc;
    private final ImportJobs jobs;
    private final ImportChanges changes;
    private final StepExecutor executor;

    ImportChunkHandler(JdbcTemplate jdbc, ImportJobs jobs, ImportChanges changes, CommandGateway commands,
                       RecordCreation creation, ExternalIdRegistry externalIds, ImportProperties properties) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.changes = changes;
        this.executor = new StepExecutor(commands, creation, externalIds,
                owner -> owner == null ? null : properties.owners().get(owner));
    }

    @CommandHandler
    public Progress handle(ImportChunk chunk) {
        jdbc.query("SELECT source FROM import_lock WHERE source = ? FOR UPDATE", rs -> null, chunk.source());
        ClaimCache claims = new ClaimCache(jdbc);
        List<io.kontor.imports.record.RecordKey> keys = new ArrayList<>();
        for (Step step : chunk.steps()) {
            keys.add(step.record().key());
            keys.addAll(Decider.references(step.record()).values());
        }
        claims.prefetch(keys);
        Progress progress = Progress.NONE;
        List<Problem> problems = new ArrayList<>();
        List<ImportChanges.Change> touched = new ArrayList<>();
        Set<UUID> records = new HashSet<>();
        for (Step step : chunk.steps()) {
            Decision decision = Decider.decide(step, claims);
            Problem refused = decision.problem() == null ? null : Problem.error(decision.problem());
            List<RowProblem> warnings = List.of();
            if (refused == null && decision.action() != Decision.Action.UNCHANGED && decision.action() != Decision.Action.SKIP) {
                try {
                    warnings = executor.execute(decision);
                } catch (BusinessRuleViolation | InvalidInputException | NotFoundException | AggregateNotFoundException e) {
                    refused = refusal(step.record(), e);
                } catch (Exception unexpected) {
                    throw unexpected instanceof RuntimeException runtime ? runtime : new IllegalStateException(unexpected);
                }
            }
            if (refused != null && chunk.atomic()) {
                throw new RowRefused(refused);
            }
            warnings.forEach(warning -> problems.add(Problem.warning(warning)));
            progress = progress.plus(count(step, decision, refused != null));
            if (refused != null) {
                problems.add(refused);
                continue;
            }
            remember(decision, claims, touched);
            UUID record = record(decision);
            if (record != null) {
                records.add(record);
            }
        }
        changes.record(chunk.importId(), touched);
        jobs.cover(chunk.importId(), records);
        jobs.report(chunk.importId(), problems, chunk.problemLimit());
        jobs.advance(chunk.importId(), chunk.owner(), chunk.firstStep(), progress, chunk.firstStep() + chunk.steps().size());
        return progress;
    }

    /** The aggregate a row created, changed or found unchanged: the opportunity for a contact role. */
    private static UUID record(Decision decision) {
        return decision.step().record() instanceof ContactRoleRecord ? decision.reference("opportunity") : decision.id();
    }

    /** Notes what the row did: the claim's new values, and (for revert) what was created or changed. */
    private static void remember(Decision decision, ClaimCache claims, List<ImportChanges.Change> touched) {
        ImportRecord record = decision.step().record();
        boolean role = record instanceof ContactRoleRecord;
        UUID aggregate = record(decision);
        if (decision.baseline() != null && decision.action() != Decision.Action.UNCHANGED) {
            claims.put(record.key(), new ClaimCache.Claim(aggregate, decision.baseline()));
        }
        if (decision.action() == Decision.Action.CREATE || decision.action() == Decision.Action.UPDATE
                || decision.action() == Decision.Action.CLOSE) {
            touched.add(new ImportChanges.Change(record.key(), aggregate, role ? decision.reference("contact") : null,
                    decision.action(), decision.previous(), decision.baseline()));
        }
    }

    private static Progress count(Step step, Decision decision, boolean refused) {
        if (step instanceof Step.Close) {
            return Progress.NONE;
        }
        boolean matched = decision.action() == Decision.Action.UPDATE || decision.action() == Decision.Action.UNCHANGED;
        if (refused) {
            return new Progress(1, 0, 0, 0, 0, 1);
        }
        return new Progress(1, decision.action() == Decision.Action.CREATE ? 1 : 0,
                decision.action() == Decision.Action.UPDATE ? 1 : 0, decision.action() == Decision.Action.UNCHANGED ? 1 : 0,
                matched ? 1 : 0, 0);
    }

    /** Kontor's refusal of a row, with each invalid field named as the source names it. */
    static Problem refusal(ImportRecord record, RuntimeException e) {
        String field = null;
        String message = e.getMessage();
        if (e instanceof InvalidInputException invalid && !invalid.violations().isEmpty()) {
            var violation = invalid.violations().get(0);
            String base = violation.field().contains(".") ? violation.field().substring(0, violation.field().indexOf('.'))
                    : violation.field();
            field = record.sourceField(base);
            message = String.join("; ", invalid.violations().stream().map(v -> v.field() + " " + v.message()).toList());
        } else if (e instanceof BusinessRuleViolation violation) {
            message = violation.getMessage() + " (" + violation.rule() + ")";
        }
        return Problem.error(new RowProblem(record.at(), record.type(), field, message));
    }
}
