package io.kontor.command.support;

import io.kontor.platform.axon.CommandSavepoints;
import io.kontor.platform.axon.WakeableEventStore;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Group commit: the commands of concurrent requests are handled one after the other by one writer thread
 * and committed together, up to {@code kontor.commands.group-commit.max-batch} in one transaction,
 * each in a savepoint of its own ({@link CommandSavepoints}), so a refused command rolls back alone.
 * Every request is answered only after the commit that made its events durable.
 *
 * <p>Why: a commit costs the database far more than a command (H2 writes a new chunk of every changed
 * page at each commit, PostgreSQL flushes its log), and commands contend only on that. Under load the
 * queue fills while a batch commits, so the cost of a commit is shared by many commands; alone, a
 * command commits at once, as before. A batch whose commit fails is retried one command at a time, so
 * each request gets its own answer.
 */
@Component
public class GroupCommit implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    private record Pending(CommandMessage<?> command, CompletableFuture<CommandResultMessage<?>> result) {
    }

    private final CommandBus commandBus;
    private final WakeableEventStore eventStore;
    private final TransactionTemplate transaction;
    private final int maxBatch;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile Thread writer;

    public GroupCommit(CommandBus commandBus, WakeableEventStore eventStore, PlatformTransactionManager transactions,
                       @Value("${kontor.commands.group-commit.max-batch:100}") int maxBatch) {
        this.commandBus = commandBus;
        this.eventStore = eventStore;
        this.transaction = new TransactionTemplate(transactions);
        this.maxBatch = maxBatch;
    }

    /** Handles the command in the next batch and returns its result once that batch has committed. */
    public CommandResultMessage<?> dispatch(CommandMessage<?> command) {
        if (!isRunning() || maxBatch <= 1 || Thread.currentThread() == writer) {
            return handle(command);
        }
        CompletableFuture<CommandResultMessage<?>> result = new CompletableFuture<>();
        queue.add(new Pending(command, result));
        return result.join();
    }

    private void write() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (writer == Thread.currentThread()) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, maxBatch - 1);
                commit(batch);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                LOG.error("Group commit failed outside any command", e);
                batch.forEach(pending -> pending.result().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        queue.forEach(pending -> pending.result().complete(handle(pending.command())));
    }

    private void commit(List<Pending> batch) {
        List<CommandResultMessage<?>> results;
        try {
            results = transaction.execute(status -> CommandSavepoints.inBatch(() ->
                    batch.stream().<CommandResultMessage<?>>map(pending -> handle(pending.command())).toList()));
        } catch (RuntimeException commitFailed) {
            if (batch.size() == 1) {
                batch.get(0).result().complete(GenericCommandResultMessage.asCommandResultMessage(commitFailed));
                return;
            }
            LOG.warn("A batch of {} commands failed to commit ({}); committing them one by one", batch.size(),
                    commitFailed.toString());
            batch.forEach(pending -> commit(List.of(pending)));
            return;
        }
        // The units of work of the batch ended before the commit: the projections are told only now.
        eventStore.wakeUp();
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result().complete(results.get(i));
        }
    }

    private CommandResultMessage<?> handle(CommandMessage<?> command) {
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        commandBus.dispatch(command, callback);
        return callback.getResult();
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::write, "kontor-group-commit");
        thread.setDaemon(true);
        writer = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = writer;
        writer = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }
}
