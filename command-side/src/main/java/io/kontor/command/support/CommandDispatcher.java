package io.kontor.command.support;

import io.kontor.api.common.TimeOrderedIds;
import io.kontor.platform.axon.AuditMetadata;
import io.kontor.platform.web.CurrentRequest;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

import static io.kontor.platform.axon.AxonInfrastructureConfiguration.COMMAND_TARGET_RESOLVER;

/**
 * Sends a command on behalf of the current HTTP request: stamps the caller and correlation id on it,
 * passes {@code If-Match} as the expected version, and reports the versions and event position the
 * command reached. A command without {@code If-Match} that lost an optimistic-locking race with
 * another node is simply retried: the caller did not ask for a particular version. So is one whose
 * transaction lost a lock (a deadlock broken by PostgreSQL, a lock wait that ran out). Commands are
 * handled by {@link GroupCommit}, which commits the commands of concurrent requests together.
 */
@Component
public class CommandDispatcher {

    private static final int ATTEMPTS_WITHOUT_IF_MATCH = 3;
    private static final int ATTEMPTS_AFTER_LOCK_FAILURE = 3;

    private final GroupCommit commits;
    private final CommandTargetResolver targets;
    private final EventPositions positions;

    public CommandDispatcher(GroupCommit commits, @Qualifier(COMMAND_TARGET_RESOLVER) CommandTargetResolver targets,
                             EventPositions positions) {
        this.commits = commits;
        this.targets = targets;
        this.positions = positions;
    }

    public CommandOutcome dispatch(Object command) {
        return dispatch(command, null);
    }

    public CommandOutcome dispatch(Object command, Long expectedVersion) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(AuditMetadata.PRINCIPAL, CurrentRequest.principal());
        metaData.put(AuditMetadata.CORRELATION_ID, CurrentRequest.correlationId().orElseGet(() -> TimeOrderedIds.next().toString()));
        if (expectedVersion != null) {
            metaData.put(AuditMetadata.EXPECTED_VERSION, expectedVersion);
        }
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).withMetaData(MetaData.from(metaData));
        String target = targets.resolveTarget(message).getIdentifier();
        int attempts = expectedVersion == null ? ATTEMPTS_WITHOUT_IF_MATCH : 1;
        for (int attempt = 1; ; attempt++) {
            try {
                return outcome(target, send(message));
            } catch (ConcurrencyException lostRace) {
                if (expectedVersion != null) {
                    // Another node appended to the aggregate between our load and our append: the version the
                    // client expected is gone, exactly as if the check at load time had failed. The client is
                    // told the version that is stored now, read after the winner committed.
                    Long current = positions.latestVersionOf(target).get(target);
                    if (current == null) {
                        throw lostRace;
                    }
                    throw new ConflictingAggregateVersionException(target, expectedVersion, current, lostRace);
                }
                if (attempt >= attempts) {
                    throw lostRace;
                }
            } catch (TransientDataAccessException lockLost) {
                // Two command nodes' transactions waited for each other (PostgreSQL broke the deadlock) or a lock
                // wait ran out: nothing of this command was kept, so it runs again on fresh state.
                if (attempt >= ATTEMPTS_AFTER_LOCK_FAILURE) {
                    throw lockLost;
                }
            }
        }
    }

    private CommandResultMessage<?> send(CommandMessage<?> message) {
        return unwrapped(commits.dispatch(message));
    }

    /** The result of a dispatched command, or its failure thrown as the handler threw it (checked ones wrapped). */
    public static CommandResultMessage<?> unwrapped(CommandResultMessage<?> result) {
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failure);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private CommandOutcome outcome(String target, CommandResultMessage<?> result) {
        Map<String, Long> versions = (Map<String, Long>) result.getMetaData().get(AggregateVersions.METADATA_KEY);
        if (versions == null || versions.isEmpty()) {
            versions = positions.latestVersionOf(target);
        }
        Long version = versions.get(target);
        long position = positions.positionOf(versions).orElse(-1);
        return new CommandOutcome(result.getPayload(), target, version == null ? -1 : version, position, versions);
    }
}
