package io.kontor.query.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The live projections' batches and the switches of read-model generations take turns: a batch holds
 * this lock from its first event until its transaction ends, a switch holds it while it catches the new
 * generation up to the live position and makes it live. So no batch writes to a generation that is
 * being switched out, and the switch sees the position of the last committed batch.
 */
@Component
public class LiveBatches {

    private static final String HELD = LiveBatches.class.getName() + "/held";

    private final ReentrantLock lock = new ReentrantLock(true);

    /** Whether a batch of the live projections is being handled (not a rebuild, not a handler called directly). */
    public static boolean inLiveBatch() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root().resources().containsKey(HELD);
    }

    /** Whether the current batch holds the lock already. */
    public boolean entered() {
        return CurrentUnitOfWork.get().root().resources().containsKey(HELD);
    }

    /** Takes the lock for the rest of the current batch. */
    public void enter() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        lock.lock();
        batch.resources().put(HELD, Boolean.TRUE);
        batch.onCleanup(done -> lock.unlock());
    }

    /** Runs {@code action} with no batch in flight; false if the batches did not pause within {@code wait}. */
    public boolean exclusively(Duration wait, Runnable action) throws InterruptedException {
        if (!lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            return false;
        }
        try {
            action.run();
            return true;
        } finally {
            lock.unlock();
        }
    }
}
