package io.kontor.command.imports;

import io.kontor.imports.record.RecordType;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Undoes a whole import with new events (history is never deleted): what it created is closed, lost or
 * disqualified and loses its external id, what it changed gets its earlier values back. It is refused while
 * anyone else has changed one of its records since (the conflicts name them); that is checked first, and
 * again record by record while undoing.
 */
@Component
class ImportRevert {

    /** A record someone else changed after the import, or that now has something the import did not put there. */
    record Conflict(String object, UUID id, String reason) {
    }

    private final ImportChanges changes;
    private final EventStore events;
    private final JdbcTemplate jdbc;
    private final ImportJobs jobs;
    private final ChunkDispatcher dispatcher;
    private final TransactionTemplate transactions;
    private final ImportProperties properties;

    ImportRevert(ImportChanges changes, EventStore events, JdbcTemplate jdbc, ImportJobs jobs, ChunkDispatcher dispatcher,
                 TransactionTemplate transactions, ImportProperties properties) {
        this.changes = changes;
        this.events = events;
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.dispatcher = dispatcher;
        this.transactions = transactions;
        this.properties = properties;
    }

    List<Conflict> conflicts(ImportJob job) {
        List<ImportChanges.Recorded> recorded = changes.of(job.id());
        Set<UUID> created = new HashSet<>();
        recorded.stream().filter(change -> change.action().equals("CREATE")).forEach(change -> created.add(change.aggregateId()));
        List<Conflict> conflicts = new ArrayList<>();
        for (ImportChanges.Recorded change : recorded) {
            if (change.type() == RecordType.CONTACT_ROLE) {
                continue;
            }
            RecordHistory history = RecordHistory.read(events, change.aggregateId(), job.id().toString());
            history.changedSince.stream().findFirst().ifPresent(foreign -> conflicts.add(new Conflict(change.type().objectName(),
                    change.aggregateId(), foreign.event() + " by " + foreign.principal() + " after the import")));
            if (change.type() == RecordType.ACCOUNT && change.action().equals("CREATE")) {
                others(change.aggregateId(), created, conflicts);
            }
        }
        return conflicts;
    }

    /** Children, opportunities and contacts others put on an account the import created (closing it would strand them). */
    private void others(UUID account, Set<UUID> created, List<Conflict> conflicts) {
        jdbc.queryForList("SELECT account_id FROM account_registry WHERE parent_id = ? AND status = 'OPEN'", UUID.class, account)
                .stream().filter(child -> !created.contains(child)).forEach(child -> conflicts.add(new Conflict("Account", child,
                        "placed under imported account " + account + " after the import")));
        jdbc.queryForList("SELECT opportunity_id FROM opportunity_registry WHERE account_id = ? AND status = 'OPEN'", UUID.class,
                account).stream().filter(opportunity -> !created.contains(opportunity)).forEach(opportunity -> conflicts.add(
                new Conflict("Opportunity", opportunity, "opened on imported account " + account + " after the import")));
        jdbc.queryForList("SELECT contact_id FROM contact_registry WHERE account_id = ?", UUID.class, account).stream()
                .filter(contact -> !created.contains(contact)).forEach(contact -> conflicts.add(new Conflict("Contact", contact,
                        "added to imported account " + account + " after the import")));
    }

    /** Runs a revert the runner took (status REVERTING), from where it stands; the import ends REVERTED. */
    void run(ImportJob job, String node, BooleanSupplier keepGoing) {
        if (undo(job, node, job.nextStep(), keepGoing)) {
            transactions.executeWithoutResult(status -> jobs.finish(job.id(), ImportStatus.REVERTED, null));
        }
    }

    /** Undoes everything an atomic import applied before a row was refused (the caller ends it FAILED). */
    void undoAll(ImportJob job, String node) {
        transactions.executeWithoutResult(status -> jobs.status(job.id(), ImportStatus.REVERTING, 0));
        undo(job, node, 0, () -> true);
    }

    private boolean undo(ImportJob job, String node, int from, BooleanSupplier keepGoing) {
        List<RevertAction> actions = new RevertPlanner(events, jdbc, job).actions(changes.of(job.id()));
        for (int step = from; step < actions.size(); step += properties.chunkSize()) {
            if (!keepGoing.getAsBoolean()) {
                return false;
            }
            List<RevertAction> chunk = List.copyOf(actions.subList(step, Math.min(actions.size(), step + properties.chunkSize())));
            dispatcher.dispatch(job, new RevertChunk(job.id(), node, chunk, step, properties.maxProblems()));
        }
        return true;
    }

    static List<Conflict> firstOf(List<Conflict> conflicts, int limit) {
        return Collections.unmodifiableList(conflicts.subList(0, Math.min(limit, conflicts.size())));
    }
}
