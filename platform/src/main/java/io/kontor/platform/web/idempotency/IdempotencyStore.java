package io.kontor.platform.web.idempotency;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Durable record of idempotency keys, one row per (principal, key). Each step commits on its own,
 * outside the command's transaction, so a claim is visible to a concurrent retry at once.
 */
class IdempotencyStore {

    enum ClaimResult { CLAIMED, IN_PROGRESS, DIFFERENT_REQUEST, COMPLETED }

    record Claim(ClaimResult result, StoredResponse response) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Duration abandonAfter;

    IdempotencyStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Duration abandonAfter) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.abandonAfter = abandonAfter;
    }

    Claim claim(String principal, String key, String requestHash) {
        try {
            transactions.executeWithoutResult(status -> jdbc.update(
                    "INSERT INTO idempotency_key (principal, idem_key, request_hash, state, created_at) "
                            + "VALUES (?, ?, ?, 'IN_PROGRESS', ?)",
                    principal, key, requestHash, Timestamp.from(Instant.now())));
            return new Claim(ClaimResult.CLAIMED, null);
        } catch (DuplicateKeyException taken) {
            return existing(principal, key, requestHash);
        }
    }

    void complete(String principal, String key, StoredResponse response) {
        transactions.executeWithoutResult(status -> jdbc.update(
                "UPDATE idempotency_key SET state = 'COMPLETED', status = ?, content_type = ?, location = ?, etag = ?, "
                        + "event_position = ?, body = ?, completed_at = ? WHERE principal = ? AND idem_key = ?",
                response.status(), response.contentType(), response.location(), response.etag(),
                response.eventPosition(), response.body(), Timestamp.from(Instant.now()), principal, key));
    }

    /** Forgets a claim whose request failed on the server, so the client can simply retry. */
    void release(String principal, String key) {
        transactions.executeWithoutResult(status -> jdbc.update(
                "DELETE FROM idempotency_key WHERE principal = ? AND idem_key = ? AND state = 'IN_PROGRESS'",
                principal, key));
    }

    int deleteCompletedBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM idempotency_key WHERE created_at < ?", Timestamp.from(cutoff));
    }

    private Claim existing(String principal, String key, String requestHash) {
        List<Claim> found = jdbc.query(
                "SELECT request_hash, state, status, content_type, location, etag, event_position, body, created_at "
                        + "FROM idempotency_key WHERE principal = ? AND idem_key = ?",
                (rs, row) -> {
                    if (!rs.getString("request_hash").equals(requestHash)) {
                        return new Claim(ClaimResult.DIFFERENT_REQUEST, null);
                    }
                    if ("IN_PROGRESS".equals(rs.getString("state"))) {
                        Instant created = rs.getTimestamp("created_at").toInstant();
                        return created.isBefore(Instant.now().minus(abandonAfter)) && takeOver(principal, key, created)
                                ? new Claim(ClaimResult.CLAIMED, null)
                                : new Claim(ClaimResult.IN_PROGRESS, null);
                    }
                    return new Claim(ClaimResult.COMPLETED, new StoredResponse(rs.getInt("status"),
                            rs.getString("content_type"), rs.getString("location"), rs.getString("etag"),
                            rs.getString("event_position"), rs.getBytes("body")));
                },
                principal, key);
        // Gone between the insert and the read (released after a server error): claim it afresh.
        return found.isEmpty() ? claim(principal, key, requestHash) : found.get(0);
    }

    /** A claim left behind by a process that died mid-request is taken over after {@code abandonAfter}. */
    private boolean takeOver(String principal, String key, Instant created) {
        Integer updated = transactions.execute(status -> jdbc.update(
                "UPDATE idempotency_key SET created_at = ? WHERE principal = ? AND idem_key = ? "
                        + "AND state = 'IN_PROGRESS' AND created_at = ?",
                Timestamp.from(Instant.now()), principal, key, Timestamp.from(created)));
        return updated != null && updated == 1;
    }
}
