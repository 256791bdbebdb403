package io.kontor.query.projection;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.TransactionTimedOutException;

import java.sql.SQLTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransientFailuresTest {

    private final TransientFailures policy = new TransientFailures();

    @Test
    void aLockWaitThatTimedOutRetriesTheBatchHoweverDeepItIsWrapped() {
        RuntimeException lockTimeout = new IllegalStateException("handler failed",
                new QueryTimeoutException("Timeout trying to lock table", new SQLTimeoutException("lock")));

        assertThatThrownBy(() -> policy.decide(letter(lockTimeout), lockTimeout))
                .isInstanceOf(TransientFailures.BatchRetried.class).hasRootCauseInstanceOf(SQLTimeoutException.class);
    }

    @Test
    void aBatchPastItsTimeoutIsRetriedToo() {
        assertThat(TransientFailures.isTransient(new TransactionTimedOutException("deadline passed"))).isTrue();
    }

    @Test
    void anEventThatFailsOnItsOwnGoesToTheDeadLetterQueue() {
        RuntimeException duplicate = new DuplicateKeyException("account_view");

        assertThat(policy.decide(letter(duplicate), duplicate).shouldEnqueue()).isTrue();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("no such stage"))).isFalse();
    }

    private static GenericDeadLetter<GenericEventMessage<String>> letter(Throwable cause) {
        return new GenericDeadLetter<>("sequence", new GenericEventMessage<>("event"), cause);
    }
}
