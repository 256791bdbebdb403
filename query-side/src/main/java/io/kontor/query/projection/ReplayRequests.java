package io.kontor.query.projection;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Replays in progress, announced to every query node through the database. Each request is written in
 * its own short transaction, so the other nodes see it at once. A request older than
 * {@code kontor.query.replay-request-expiry} is ignored: its node died before withdrawing it.
 */
@Component
public class ReplayRequests {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;
    private final Duration expiry;

    public ReplayRequests(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                          @Value("${kontor.query.replay-request-expiry:PT2M}") Duration expiry) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.expiry = expiry;
    }

    public void announce(String projection, String node) {
        own.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM projection_replay_request WHERE projection_name = ?", projection);
            jdbc.update("INSERT INTO projection_replay_request (projection_name, requested_by, requested_at) VALUES (?, ?, ?)",
                    projection, node, Timestamp.from(Instant.now()));
        });
    }

    public void withdraw(String projection, String node) {
        own.executeWithoutResult(status -> jdbc.update(
                "DELETE FROM projection_replay_request WHERE projection_name = ? AND requested_by = ?", projection, node));
    }

    /** The projections another node is replaying now: this node must not hold their segments. */
    public List<String> replayedElsewhere(String node) {
        return jdbc.queryForList("SELECT projection_name FROM projection_replay_request WHERE requested_by <> ? AND requested_at > ?",
                String.class, node, Timestamp.from(Instant.now().minus(expiry)));
    }
}
