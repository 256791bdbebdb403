package io.kontor.command.imports;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.InvalidInputException;
import io.kontor.api.common.NotFoundException;
import io.kontor.command.support.ExternalIdRegistry;
import io.kontor.imports.record.RecordType;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Undoes a chunk of an import in one unit of work and transaction. Each record's history is read again first:
 * one changed by someone else after the revert was checked is left as it is and reported (a change racing
 * this very transaction makes its append fail, and the chunk is done again). A refusal that means "already
 * undone" (a resumed revert closing an account it had closed) is no problem.
 */
@Component
class RevertChunkHandler {

    private static final Set<String> ALREADY_UNDONE = Set.of("account-closed", "opportunity-closed", "lead-in-wrong-state");

    private final JdbcTemplate jdbc;
    private final ImportJobs jobs;
    private final CommandGateway commands;
    private final ExternalIdRegistry externalIds;
    private final EventStore events;

    RevertChunkHandler(JdbcTemplate jdbc, ImportJobs jobs, CommandGateway commands, ExternalIdRegistry externalIds,
                       EventStore events) {
        this.events = events;
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.commands = commands;
        this.externalIds = externalIds;
    }

    @CommandHandler
    public Integer handle(RevertChunk chunk) {
        List<Problem> problems = new ArrayList<>();
        List<Object[]> restored = new ArrayList<>();
        for (RevertAction action : chunk.actions()) {
            try {
                if (action.type() != RecordType.CONTACT_ROLE) {
                    var foreign = RecordHistory.read(events, action.aggregateId(), chunk.importId().toString()).changedSince;
                    if (!foreign.isEmpty()) {
                        problems.add(problem(action, "ERROR", "not reverted: " + foreign.get(0).event() + " by "
                                + foreign.get(0).principal() + " after the import"));
                        continue;
                    }
                }
                for (Object command : action.commands()) {
                    try {
                        commands.sendAndWait(command);
                    } catch (BusinessRuleViolation refused) {
                        if (!ALREADY_UNDONE.contains(refused.rule())) {
                            throw refused;
                        }
                    }
                }
                if (action.releaseRoleClaim()) {
                    externalIds.release(action.type().name(), action.aggregateId(), action.source(), action.externalId());
                }
                if (action.restoreValues() != null) {
                    restored.add(new Object[]{ClaimCache.write(action.restoreValues()), action.source(), action.type().name(),
                            action.externalId()});
                }
                if (action.note() != null) {
                    problems.add(problem(action, "WARNING", action.note()));
                }
            } catch (BusinessRuleViolation | InvalidInputException | NotFoundException e) {
                problems.add(problem(action, "ERROR", "not reverted: " + e.getMessage()));
            }
        }
        jdbc.batchUpdate("UPDATE external_id_claim SET imported_values = ? WHERE source = ? AND record_type = ? "
                + "AND external_id = ?", restored);
        jobs.report(chunk.importId(), problems, chunk.problemLimit());
        jobs.cover(chunk.importId(), chunk.actions().stream().map(RevertAction::aggregateId).toList());
        jobs.advance(chunk.importId(), chunk.owner(), chunk.firstStep(), Progress.NONE, chunk.firstStep() + chunk.actions().size());
        return chunk.actions().size();
    }

    private static Problem problem(RevertAction action, String kind, String message) {
        return new Problem(kind, null, null, action.type(), null, action.type().objectName() + " " + action.aggregateId()
                + " (" + action.source() + " " + action.externalId() + "): " + message, action.aggregateId());
    }
}
