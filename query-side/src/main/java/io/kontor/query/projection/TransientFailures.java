package io.kontor.query.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionTimedOutException;

import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * What the live projections do with an event that failed: a failure of the moment (a row lock not granted in
 * time, a batch past its timeout, a lost connection, a deadlock) fails the whole batch, which rolls back and is
 * retried from its token after Axon's back-off; only a failure of the event itself goes to the dead-letter queue.
 *
 * <p>Axon's default sends every failure to the queue, and nothing takes letters out of it again, so a lock wait
 * on a busy machine cost the read models that event for good: a saturated {@code ./bench} import once lost 710
 * accounts to a batch that ran out of time. Retrying can only stall a projection (its lag shows it in
 * {@code GET /api/admin/projections}), never lose an event.
 */
final class TransientFailures implements EnqueuePolicy<EventMessage<?>> {

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (isTransient(cause)) {
            throw new BatchRetried(cause);
        }
        return Decisions.enqueue(cause);
    }

    /** Whether {@code failure}, or anything that caused it, is a failure of the moment rather than of the event. */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof CannotGetJdbcConnectionException || cause instanceof TransactionTimedOutException
                    || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }

    /** Thrown out of the batch so that it rolls back and is tried again. */
    static final class BatchRetried extends RuntimeException {

        BatchRetried(Throwable cause) {
            super("a projection batch failed for a reason of the moment and will be retried: " + cause.getMessage(), cause);
        }
    }
}
