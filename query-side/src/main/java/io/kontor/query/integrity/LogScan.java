package io.kontor.query.integrity;

import io.kontor.platform.integrity.EventHashes;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One pass over the event log in position order: recomputes every event's hash from what is stored and
 * from its aggregate's previous event, folds it into the log's running hash, and compares that with every
 * checkpoint passed on the way. Stops at the first break. Reads by primary-key ranges, one page at a time,
 * and holds one hash per aggregate seen, so it costs the same per event however long the log.
 */
final class LogScan {

    static final int PAGE = 2000;
    private static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data, event_hash";

    /** Where a scan starts: after {@code position}, with the log's hash and event count there. */
    record Start(long position, long events, byte[] logHash, boolean trustsEventsBefore) {
        static final Start GENESIS = new Start(0, 0, EventHashes.GENESIS, false);
    }

    record Break(long position, IntegrityProblem problem, String detail) {
    }

    record Outcome(long eventsChecked, long lastPosition, long events, byte[] logHash, Break broken, int checkpointsChecked,
                   int signedCheckpoints) {
    }

    private record Head(long sequence, byte[] hash) {
    }

    private final JdbcTemplate jdbc;
    private final CheckpointSignatures signatures;
    private final boolean trustsEventsBefore;
    private final Map<String, Head> heads = new HashMap<>();
    private long position;
    private long events;
    private byte[] logHash;
    private long checked;
    private int checkpointsChecked;
    private int signed;
    private Break broken;

    private LogScan(JdbcTemplate jdbc, CheckpointSignatures signatures, Start start) {
        this.jdbc = jdbc;
        this.signatures = signatures;
        this.position = start.position();
        this.events = start.events();
        this.logHash = start.logHash();
        this.trustsEventsBefore = start.trustsEventsBefore();
    }

    /** Scans the events after {@code start} up to position {@code upTo}, checking the {@code checkpoints} (in position order) it passes. */
    static Outcome run(JdbcTemplate jdbc, CheckpointSignatures signatures, Start start, long upTo,
                       List<Checkpoint> checkpoints) {
        LogScan scan = new LogScan(jdbc, signatures, start);
        Iterator<Checkpoint> pending = checkpoints.iterator();
        Checkpoint next = pending.hasNext() ? pending.next() : null;
        long after = start.position();
        while (scan.broken == null && after < upTo) {
            List<EventRow> page = jdbc.query("SELECT " + COLUMNS + " FROM domain_event_entry WHERE global_index > ? AND "
                    + "global_index <= ? ORDER BY global_index FETCH FIRST " + PAGE + " ROWS ONLY", EventRow.MAPPER, after, upTo);
            for (EventRow row : page) {
                while (next != null && next.position() < row.position() && scan.broken == null) {
                    scan.compare(next);
                    next = pending.hasNext() ? pending.next() : null;
                }
                if (scan.broken != null) {
                    break;
                }
                scan.check(row);
                if (scan.broken != null) {
                    break;
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).position();
        }
        while (next != null && scan.broken == null) {
            scan.compare(next);
            next = pending.hasNext() ? pending.next() : null;
        }
        return new Outcome(scan.checked, scan.position, scan.events, scan.logHash, scan.broken, scan.checkpointsChecked,
                scan.signed);
    }

    private void check(EventRow row) {
        EventHashes.StoredRow stored = row.stored();
        Head head = heads.get(stored.aggregateIdentifier());
        byte[] previous;
        if (head != null) {
            if (stored.sequenceNumber() != head.sequence() + 1) {
                fail(row, IntegrityProblem.CHAIN_BROKEN, "aggregate " + stored.aggregateIdentifier() + " goes from sequence "
                        + head.sequence() + " to " + stored.sequenceNumber());
                return;
            }
            previous = head.hash();
        } else if (stored.sequenceNumber() == 0) {
            previous = EventHashes.GENESIS;
        } else {
            previous = trustsEventsBefore ? storedHash(stored.aggregateIdentifier(), stored.sequenceNumber() - 1) : null;
            if (previous == null) {
                fail(row, IntegrityProblem.CHAIN_BROKEN, "event " + stored.sequenceNumber() + " of aggregate "
                        + stored.aggregateIdentifier() + " has no event " + (stored.sequenceNumber() - 1) + " before it");
                return;
            }
        }
        if (row.hash() == null) {
            fail(row, IntegrityProblem.HASH_MISSING, "the event has no hash: it was not written by Kontor");
            return;
        }
        if (!Arrays.equals(EventHashes.of(stored, previous), row.hash())) {
            fail(row, IntegrityProblem.EVENT_ALTERED, "event " + stored.sequenceNumber() + " of aggregate "
                    + stored.aggregateIdentifier() + " is not what was written (payload, metadata, time, type or identity "
                    + "changed, or the event before it)");
            return;
        }
        heads.put(stored.aggregateIdentifier(), new Head(stored.sequenceNumber(), row.hash()));
        logHash = EventHashes.logAfter(logHash, row.position(), row.hash());
        position = row.position();
        events++;
        checked++;
    }

    private void compare(Checkpoint checkpoint) {
        checkpointsChecked++;
        if (checkpoint.events() != events || !Arrays.equals(checkpoint.logHash(), logHash)) {
            broken = new Break(checkpoint.position(), IntegrityProblem.CHECKPOINT_MISMATCH, "the " + events + " events up to "
                    + "position " + checkpoint.position() + " are not the " + checkpoint.events() + " the checkpoint of "
                    + checkpoint.createdAt() + " sealed: events were removed, added or rewritten with their hashes");
            return;
        }
        if (checkpoint.signature() != null) {
            Boolean valid = signatures.verify(checkpoint.position(), checkpoint.events(), checkpoint.logHash(),
                    checkpoint.signature()).orElse(null);
            if (Boolean.FALSE.equals(valid)) {
                broken = new Break(checkpoint.position(), IntegrityProblem.CHECKPOINT_SIGNATURE, "the checkpoint at position "
                        + checkpoint.position() + " does not carry a valid signature of the configured key");
            } else if (valid != null) {
                signed++;
            }
        }
    }

    private byte[] storedHash(String aggregate, long sequence) {
        return jdbc.query("SELECT event_hash FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?",
                (rs, row) -> rs.getBytes(1), aggregate, sequence).stream().findFirst().orElse(null);
    }

    private void fail(EventRow row, IntegrityProblem problem, String detail) {
        broken = new Break(row.position(), problem, detail);
    }
}
