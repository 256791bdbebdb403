package io.kontor.query.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A buffer that lives as long as the batch a projection is handling, and is written out once, in the
 * batch's transaction, just before it commits.
 *
 * <p>Why: a pooled streaming processor hands its handlers up to a few hundred events in one unit of
 * work and one transaction. Rollups along hierarchy paths touch the same ancestor rows again and again
 * (every change under a headquarters changes the headquarters); summing the changes in memory and
 * writing each row once per batch turns thousands of statements into a few. Outside a unit of work (a
 * handler called directly, as projection tests do) every change is written at once.
 */
public final class BatchScoped<T extends BatchScoped.Buffer> {

    /** What a batch accumulates and how it is written out. */
    public interface Buffer {
        void flush();
    }

    private final String key;
    private final Supplier<T> factory;

    public BatchScoped(String key, Supplier<T> factory) {
        this.key = BatchScoped.class.getName() + "/" + key;
        this.factory = factory;
    }

    /** Applies {@code change} to the batch's buffer; written out with the batch, or at once outside one. */
    public void update(Consumer<T> change) {
        T buffer = current();
        if (buffer == null) {
            T immediate = factory.get();
            change.accept(immediate);
            immediate.flush();
        } else {
            change.accept(buffer);
        }
    }

    /** The batch's buffer, or null outside a unit of work. */
    public T current() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(key, ignored -> {
            T buffer = factory.get();
            batch.onPrepareCommit(committing -> buffer.flush());
            return buffer;
        });
    }

    /** Writes out what the batch holds so far, for a change that reads the written rows. */
    public void flushNow() {
        T buffer = current();
        if (buffer != null) {
            buffer.flush();
        }
    }
}
