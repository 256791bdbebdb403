package io.kontor.platform.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hashes that make the event log tamper-evident. Each event's hash covers what the event store holds
 * of it, exactly as stored (the payload as ciphertext, so erasing a person breaks nothing), and the hash of
 * its aggregate's previous event: changing, removing or inserting one event breaks every hash after it in
 * that aggregate's chain. The log's running hash folds every event's hash in global order; checkpoints
 * record it, so events cannot be dropped or added at the end of a chain unnoticed either.
 *
 * <p>Every field is length-prefixed (null distinct from empty), so no two different rows hash alike.
 */
public final class EventHashes {

    /** The "previous hash" of an aggregate's first event, and the log's running hash before any event. */
    public static final byte[] GENESIS = new byte[32];

    private static final byte[] EVENT_DOMAIN = "kontor/event/v1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] LOG_DOMAIN = "kontor/log/v1".getBytes(StandardCharsets.UTF_8);
    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private EventHashes() {
    }

    /** One stored event, with the columns its hash covers. */
    public record StoredRow(String eventIdentifier, String aggregateIdentifier, long sequenceNumber, String type,
                            String timestamp, String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {
    }

    /** The event's hash, chained to {@code previous}: its aggregate's previous event's hash, or {@link #GENESIS}. */
    public static byte[] of(StoredRow row, byte[] previous) {
        MessageDigest digest = DIGESTS.get();
        digest.update(EVENT_DOMAIN);
        digest.update(previous);
        text(digest, row.eventIdentifier());
        text(digest, row.aggregateIdentifier());
        digest.update(ByteBuffer.allocate(8).putLong(row.sequenceNumber()).array());
        text(digest, row.type());
        text(digest, row.timestamp());
        text(digest, row.payloadType());
        text(digest, row.payloadRevision());
        bytes(digest, row.payload());
        bytes(digest, row.metaData());
        return digest.digest();
    }

    /** The log's running hash after the event at {@code position} with hash {@code eventHash}. */
    public static byte[] logAfter(byte[] running, long position, byte[] eventHash) {
        MessageDigest digest = DIGESTS.get();
        digest.update(LOG_DOMAIN);
        digest.update(running);
        digest.update(ByteBuffer.allocate(8).putLong(position).array());
        digest.update(eventHash == null ? GENESIS : eventHash);
        return digest.digest();
    }

    private static void text(MessageDigest digest, String value) {
        bytes(digest, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(MessageDigest digest, byte[] value) {
        digest.update(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            digest.update(value);
        }
    }
}
