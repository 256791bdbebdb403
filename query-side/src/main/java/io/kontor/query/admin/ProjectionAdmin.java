package io.kontor.query.admin;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.NotFoundException;
import io.kontor.platform.axon.NodeIdentity;
import io.kontor.query.projection.ProjectionProgress;
import io.kontor.query.projection.ReplayRequests;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * Lists the projections with their progress and replays one from the first event: the processor
 * stops, its tokens are reset (its {@code @ResetHandler}s empty its read model) and it starts again,
 * while the service keeps answering. Reads that await a position wait until the replay has passed it.
 */
@Component
public class ProjectionAdmin {

    private final EventProcessingConfiguration processing;
    private final ProjectionProgress progress;
    private final JdbcTemplate jdbc;
    private final ReplayRequests replays;
    private final String node;
    private final Duration claimWait;

    private final TransactionTemplate resetTransaction;

    /**
     * @param resetTimeout how long emptying a read model and resetting its tokens may take. That is one
     *                     transaction (so a failed reset changes nothing), and on a large read model it takes
     *                     longer than the short timeout command transactions get in the same process.
     * @param claimWait    how long a replay waits for the other query nodes to let go of the projection's
     *                     segments (they look for replay requests every balance interval)
     */
    public ProjectionAdmin(EventProcessingConfiguration processing, ProjectionProgress progress, JdbcTemplate jdbc,
                           PlatformTransactionManager transactions, ReplayRequests replays, NodeIdentity node,
                           @Value("${kontor.query.reset-timeout:PT10M}") Duration resetTimeout,
                           @Value("${kontor.query.replay-claim-wait:PT30S}") Duration claimWait) {
        this.processing = processing;
        this.progress = progress;
        this.jdbc = jdbc;
        this.replays = replays;
        this.node = node.id();
        this.claimWait = claimWait;
        this.resetTransaction = new TransactionTemplate(transactions);
        this.resetTransaction.setTimeout((int) resetTimeout.toSeconds());
    }

    public List<ProjectionStatus> list() {
        long head = head();
        Set<String> names = progress.projectionNames();
        Map<String, Map<Integer, TrackingToken>> stored = progress.tokens(names);
        return names.stream().map(name -> status(name, stored.getOrDefault(name, Map.of()), head)).toList();
    }

    /**
     * Stops the projection here, asks the other query nodes to let go of its segments, resets all of them
     * in one transaction once none is claimed elsewhere, and starts it again, whatever happened.
     */
    public ProjectionStatus replay(String name) {
        StreamingEventProcessor processor = processor(name);
        replays.announce(name, node);
        processor.shutDown();
        try {
            resetOnceReleased(name, processor);
        } finally {
            replays.withdraw(name, node);
            // Whether or not the reset went through, the projection must not be left stopped.
            processor.start();
        }
        return status(name, progress.tokens(Set.of(name)).getOrDefault(name, Map.of()), head());
    }

    private void resetOnceReleased(String name, StreamingEventProcessor processor) {
        long deadline = System.nanoTime() + claimWait.toNanos();
        while (true) {
            try {
                // Axon's reset joins this transaction, and with it this timeout.
                resetTransaction.executeWithoutResult(status -> processor.resetTokens());
                return;
            } catch (UnableToClaimTokenException claimedElsewhere) {
                if (System.nanoTime() > deadline) {
                    throw new BusinessRuleViolation("projection-claimed-elsewhere", "Another query node still holds a segment of "
                            + name + " after " + claimWait.toSeconds() + " s; nothing was reset. Try again, or stop that node.");
                }
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
        }
    }

    private ProjectionStatus status(String name, Map<Integer, TrackingToken> storedTokens, long head) {
        StreamingEventProcessor processor = processor(name);
        Map<Integer, EventTrackerStatus> local = processor.processingStatus();
        long position = Long.MAX_VALUE;
        boolean replaying = false;
        int progressPercent = 100;
        for (Map.Entry<Integer, TrackingToken> segment : storedTokens.entrySet()) {
            EventTrackerStatus status = local.get(segment.getKey());
            TrackingToken token = status != null && status.getTrackingToken() != null ? status.getTrackingToken() : segment.getValue();
            position = Math.min(position, positionOf(token));
            // A segment no worker here has picked up yet (just after a replay starts, or on another node) is
            // judged by its stored token.
            OptionalLong reset = status != null
                    ? (status.isReplaying() ? status.getResetPosition() : OptionalLong.empty())
                    : segment.getValue() instanceof ReplayToken stored ? OptionalLong.of(positionOf(stored.getTokenAtReset()))
                    : OptionalLong.empty();
            // Axon reports a segment as replaying until it meets a new event; it has caught up once it reached the reset point.
            if (reset.isPresent() && positionOf(token) < reset.getAsLong()) {
                replaying = true;
                progressPercent = Math.min(progressPercent, (int) (100 * positionOf(token) / reset.getAsLong()));
            }
        }
        if (position == Long.MAX_VALUE) {
            position = 0;
        }
        String state = !processor.isRunning() ? "STOPPED" : replaying ? "REPLAYING" : "RUNNING";
        return new ProjectionStatus(name, state, position, head, Math.max(0, head - position), storedTokens.size(),
                local.size(), replaying ? progressPercent : null, deadLetters(name));
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFoundException("projection", name));
    }

    private long head() {
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    private long deadLetters(String name) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter_entry WHERE processing_group = ?", Long.class, name);
        return count == null ? 0 : count;
    }
}
