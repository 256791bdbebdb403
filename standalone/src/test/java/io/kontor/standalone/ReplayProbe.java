package io.kontor.standalone;

import io.kontor.api.account.AccountOpened;
import io.kontor.query.readmodel.ReadModel;
import io.kontor.query.readmodel.ReadModelSchema;
import io.kontor.query.replay.Rebuilds;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A read model for the replay tests: it records the accounts opened, and lets a test hold a rebuild
 * that includes it at its first event (so reads can be made while the rebuild is under way) or make it
 * fail. The live projections are never held or failed.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ReplayProbe {

    static final String NAME = "replay_probe";

    private static volatile CountDownLatch held;
    private static volatile CountDownLatch reached = new CountDownLatch(1);
    private static volatile boolean failing;

    @Bean
    ReadModel replayProbe(JdbcTemplate jdbc) {
        return new ReadModel(NAME, 1, ReadModelSchema.of(NAME), List.of(new Handler(jdbc)));
    }

    /** From now on a rebuild of the probe waits at its next event until {@link #release()}. */
    static void hold() {
        reached = new CountDownLatch(1);
        held = new CountDownLatch(1);
    }

    /** Waits until a held rebuild has reached the probe, so it is under way; false after 30 s. */
    static boolean awaitRebuildHeld() throws InterruptedException {
        return reached.await(30, TimeUnit.SECONDS);
    }

    static void release() {
        CountDownLatch hold = held;
        held = null;
        if (hold != null) {
            hold.countDown();
        }
    }

    static void failRebuilds(boolean fail) {
        failing = fail;
    }

    static final class Handler {

        private final JdbcTemplate jdbc;

        Handler(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @EventHandler
        void on(AccountOpened event, TrackingToken token) throws InterruptedException {
            if (Thread.currentThread().getName().equals(Rebuilds.THREAD)) {
                if (failing) {
                    throw new IllegalStateException("the replay probe fails this rebuild, as asked");
                }
                CountDownLatch hold = held;
                if (hold != null) {
                    reached.countDown();
                    hold.await(60, TimeUnit.SECONDS);
                }
            }
            UUID account = event.accountId();
            if (jdbc.queryForList("SELECT account_id FROM probe_account WHERE account_id = ?", UUID.class, account).isEmpty()) {
                jdbc.update("INSERT INTO probe_account (account_id, position) VALUES (?, ?)", account, token.position().orElse(0));
            }
        }
    }
}
