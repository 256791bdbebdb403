package io.kontor.platform.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import java.util.function.Supplier;

/**
 * Axon's transactions on Spring's, with one addition for group commit: while a thread runs a batch of
 * commands in one shared transaction ({@link #inBatch}), the unit of work of each command gets a
 * savepoint of its own, so a refused or failed command rolls back alone and the others still commit.
 * Everywhere else (one command per transaction, the projections, reads of the event store) it is
 * Spring's ordinary "join or begin".
 */
public class CommandSavepoints implements TransactionManager {

    private static final ThreadLocal<Boolean> BATCH = new ThreadLocal<>();
    private static final String SAVEPOINT = CommandSavepoints.class.getName() + "/savepoint";

    private static final TransactionDefinition NESTED = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final PlatformTransactionManager transactions;
    private final TransactionManager joining;

    public CommandSavepoints(PlatformTransactionManager transactions) {
        this.transactions = transactions;
        this.joining = new SpringTransactionManager(transactions);
    }

    /** Runs {@code batch} (inside its shared transaction) with a savepoint per command. */
    public static <T> T inBatch(Supplier<T> batch) {
        BATCH.set(Boolean.TRUE);
        try {
            return batch.get();
        } finally {
            BATCH.remove();
        }
    }

    @Override
    public Transaction startTransaction() {
        if (Boolean.TRUE.equals(BATCH.get()) && CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
            // The first transaction a command's unit of work asks for is its own (SimpleCommandBus attaches it
            // before any handler runs); later ones, such as reads of the event store, join it.
            if (unitOfWork.getMessage() instanceof CommandMessage<?>
                    && unitOfWork.resources().putIfAbsent(SAVEPOINT, Boolean.TRUE) == null) {
                return savepoint();
            }
        }
        return joining.startTransaction();
    }

    /**
     * Axon's own Spring transaction commits and rolls back only transactions it began, and a savepoint is
     * not one: this one releases or rolls back to its savepoint.
     */
    private Transaction savepoint() {
        TransactionStatus status = transactions.getTransaction(NESTED);
        return new Transaction() {
            @Override
            public void commit() {
                if (!status.isCompleted()) {
                    transactions.commit(status);
                }
            }

            @Override
            public void rollback() {
                if (!status.isCompleted()) {
                    transactions.rollback(status);
                }
            }
        };
    }
}
