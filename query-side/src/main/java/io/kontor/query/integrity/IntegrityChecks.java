package io.kontor.query.integrity;

import io.kontor.api.common.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Verifies the event log and seals it with checkpoints. A checkpoint covers the events up to a head seen at
 * least {@code kontor.integrity.checkpoint-settle} ago (longer than any command transaction), so no event
 * can still commit below it; it is taken only over events that verify, and records the log's running hash,
 * signed if a key is configured. Nodes that take checkpoints at once compute the same hash for the same
 * position (the hash depends on the log only); the primary key keeps one.
 */
@Component
public class IntegrityChecks {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrityChecks.class);

    private final JdbcTemplate jdbc;
    private final CheckpointSignatures signatures;
    private final TransactionTemplate snapshot;
    private final Duration settle;
    private final Deque<Observed> heads = new ArrayDeque<>();

    public IntegrityChecks(JdbcTemplate jdbc, CheckpointSignatures signatures, PlatformTransactionManager transactions,
                           @Value("${kontor.integrity.checkpoint-settle:PT30S}") Duration settle) {
        this.jdbc = jdbc;
        this.signatures = signatures;
        this.settle = settle;
        this.snapshot = new TransactionTemplate(transactions);
        // One consistent view of the log for the whole pass: a transaction still writing events stays invisible.
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        // Longer than the command side's default transaction timeout: a million events take about half a minute.
        this.snapshot.setTimeout((int) Duration.ofMinutes(10).toSeconds());
    }

    private record Observed(long head, Instant at) {
    }

    /** What a verification found. */
    public record Verification(long eventsChecked, long from, long to, LogScan.Break broken, int checkpointsChecked,
                               int signedCheckpoints, Checkpoint lastCheckpoint) {
    }

    /** Verifies the whole log, or the events after the checkpoint at {@code fromCheckpoint} (its own signature checked). */
    public synchronized Verification verify(Long fromCheckpoint) {
        return snapshot.execute(status -> {
            long head = head();
            LogScan.Start start = LogScan.Start.GENESIS;
            if (fromCheckpoint != null) {
                Checkpoint from = checkpointAt(fromCheckpoint).orElseThrow(() -> InvalidInputException.of("fromCheckpoint",
                        "is not the position of a checkpoint (GET /api/audit/integrity/checkpoints lists them)"));
                start = new LogScan.Start(from.position(), from.events(), from.logHash(), true);
                Optional<Boolean> signed = signatures.verify(from.position(), from.events(), from.logHash(), from.signature());
                if (from.signature() != null && Boolean.FALSE.equals(signed.orElse(null))) {
                    return new Verification(0, from.position(), head, new LogScan.Break(from.position(),
                            IntegrityProblem.CHECKPOINT_SIGNATURE, "the checkpoint verified from is not signed by the configured key"),
                            1, 0, from);
                }
            }
            List<Checkpoint> passed = jdbc.query("SELECT " + Checkpoint.COLUMNS + " FROM integrity_checkpoint WHERE position > ? AND position <= ? "
                    + "ORDER BY position", Checkpoint.MAPPER, start.position(), head);
            LogScan.Outcome outcome = LogScan.run(jdbc, signatures, start, head, passed);
            return new Verification(outcome.eventsChecked(), start.position(), head, outcome.broken(),
                    outcome.checkpointsChecked(), outcome.signedCheckpoints(), latestCheckpoint().orElse(null));
        });
    }

    /** Every {@code kontor.integrity.checkpoint-interval}: notes the head, and seals the log up to a head that has settled. */
    @Scheduled(fixedDelayString = "${kontor.integrity.checkpoint-interval:PT1M}",
            initialDelayString = "${kontor.integrity.checkpoint-interval:PT1M}")
    public void takeCheckpoint() {
        Instant now = Instant.now();
        heads.addLast(new Observed(head(), now));
        Observed settled = null;
        while (!heads.isEmpty() && !heads.peekFirst().at().isAfter(now.minus(settle))) {
            settled = heads.pollFirst();
        }
        if (settled != null) {
            checkpointUpTo(settled.head());
        }
    }

    /** Seals the events up to {@code position} (all of them committed) if they verify; the checkpoint, if one was taken. */
    public synchronized Optional<Checkpoint> checkpointUpTo(long position) {
        Optional<Checkpoint> last = latestCheckpoint();
        if (last.isPresent() && last.get().position() >= position) {
            return Optional.empty();
        }
        LogScan.Start start = last.map(c -> new LogScan.Start(c.position(), c.events(), c.logHash(), true))
                .orElse(LogScan.Start.GENESIS);
        LogScan.Outcome outcome = snapshot.execute(status -> LogScan.run(jdbc, signatures, start, position, List.of()));
        if (outcome.broken() != null) {
            LOG.error("No checkpoint: the event log is broken at position {} ({}: {})", outcome.broken().position(),
                    outcome.broken().problem().code(), outcome.broken().detail());
            return Optional.empty();
        }
        if (outcome.eventsChecked() == 0) {
            return Optional.empty();
        }
        Checkpoint checkpoint = new Checkpoint(outcome.lastPosition(), outcome.events(), outcome.logHash(),
                signatures.sign(outcome.lastPosition(), outcome.events(), outcome.logHash()), signatures.keyId(), Instant.now());
        try {
            jdbc.update("INSERT INTO integrity_checkpoint (" + Checkpoint.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                    checkpoint.position(), checkpoint.events(), checkpoint.logHash(), checkpoint.signature(), checkpoint.keyId(),
                    Timestamp.from(checkpoint.createdAt()));
        } catch (DuplicateKeyException takenByAnotherNode) {
            return checkpointAt(checkpoint.position());
        }
        LOG.info("Checkpoint at position {}: {} events, log hash {}", checkpoint.position(), checkpoint.events(),
                HexFormat.of().formatHex(checkpoint.logHash()));
        return Optional.of(checkpoint);
    }

    /** The newest checkpoints first, at most {@code limit}. */
    public List<Checkpoint> checkpoints(int limit) {
        return jdbc.query("SELECT " + Checkpoint.COLUMNS + " FROM integrity_checkpoint ORDER BY position DESC FETCH FIRST ? ROWS ONLY",
                Checkpoint.MAPPER, limit);
    }

    private Optional<Checkpoint> latestCheckpoint() {
        return checkpoints(1).stream().findFirst();
    }

    private Optional<Checkpoint> checkpointAt(long position) {
        return jdbc.query("SELECT " + Checkpoint.COLUMNS + " FROM integrity_checkpoint WHERE position = ?", Checkpoint.MAPPER,
                position).stream().findFirst();
    }

    private long head() {
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    static String hex(byte[] bytes) {
        return bytes == null ? null : HexFormat.of().formatHex(bytes);
    }
}
