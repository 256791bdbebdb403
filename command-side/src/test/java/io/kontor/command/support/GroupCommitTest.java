package io.kontor.command.support;

import io.kontor.platform.axon.CommandSavepoints;
import io.kontor.platform.axon.WakeableEventStore;
import io.kontor.platform.testing.TestDatabases;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands of concurrent requests share commits: every successful command's writes are committed, a
 * refused command's writes are rolled back alone, every request gets its own answer, and a batch that
 * cannot commit is committed again one command at a time.
 */
class GroupCommitTest {

    record Write(int number, boolean refuse) {
    }

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.h2());
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicBoolean failBatches = new AtomicBoolean();
    private final AtomicInteger handledSinceCommit = new AtomicInteger();
    private GroupCommit groupCommit;

    @AfterEach
    void stop() {
        if (groupCommit != null) {
            groupCommit.stop();
        }
    }

    @Test
    void concurrentCommandsShareCommitsAndARefusedOneRollsBackAlone() throws Exception {
        groupCommit = started(transactionsCountingCommits());
        List<CommandResultMessage<?>> answers = race(200, number -> new Write(number, number % 10 == 0));

        assertThat(answers.stream().filter(CommandResultMessage::isExceptional)).hasSize(20)
                .allSatisfy(answer -> assertThat(answer.exceptionResult()).hasMessageContaining("refused"));
        assertThat(jdbc.queryForList("SELECT number FROM written ORDER BY number", Integer.class))
                .hasSize(180).noneMatch(number -> number % 10 == 0);
        assertThat(commits.get()).as("commits for 200 concurrent commands").isLessThan(200);
    }

    @Test
    void aBatchThatCannotCommitIsCommittedAgainOneCommandAtATime() throws Exception {
        groupCommit = started(transactionsCountingCommits());
        failBatches.set(true);

        List<CommandResultMessage<?>> answers = race(40, number -> new Write(number, false));

        assertThat(answers).noneMatch(CommandResultMessage::isExceptional);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM written", Integer.class)).isEqualTo(40);
    }

    private GroupCommit started(org.springframework.transaction.PlatformTransactionManager platform) {
        jdbc.execute("CREATE TABLE written (number INT PRIMARY KEY)");
        SimpleCommandBus bus = SimpleCommandBus.builder().transactionManager(new CommandSavepoints(platform)).build();
        bus.subscribe(Write.class.getName(), message -> {
            Write write = (Write) message.getPayload();
            handledSinceCommit.incrementAndGet();
            jdbc.update("INSERT INTO written (number) VALUES (?)", write.number());
            if (write.refuse()) {
                throw new IllegalStateException("refused after writing " + write.number());
            }
            return write.number();
        });
        WakeableEventStore events = new WakeableEventStore(EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine()));
        GroupCommit commit = new GroupCommit(bus, events, platform, 16);
        commit.start();
        return commit;
    }

    /** Counts commits, and refuses those of batches (more than one command) while {@code failBatches} is set. */
    private JdbcTransactionManager transactionsCountingCommits() {
        JdbcTransactionManager transactions = new JdbcTransactionManager(jdbc.getDataSource()) {
            @Override
            protected void doCommit(DefaultTransactionStatus status) {
                commits.incrementAndGet();
                if (handledSinceCommit.getAndSet(0) > 1 && failBatches.get()) {
                    throw new TransactionSystemException("commit refused by the test");
                }
                super.doCommit(status);
            }
        };
        transactions.setRollbackOnCommitFailure(true);
        return transactions;
    }

    private List<CommandResultMessage<?>> race(int commands, java.util.function.IntFunction<Write> write) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        CyclicBarrier start = new CyclicBarrier(16);
        List<CompletableFuture<CommandResultMessage<?>>> answers = new ArrayList<>();
        for (int number = 0; number < commands; number++) {
            int n = number;
            answers.add(CompletableFuture.supplyAsync(() -> {
                if (n < 16) {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                return groupCommit.dispatch(GenericCommandMessage.asCommandMessage(write.apply(n)));
            }, clients));
        }
        List<CommandResultMessage<?>> results = answers.stream().<CommandResultMessage<?>>map(CompletableFuture::join).toList();
        clients.shutdown();
        return results;
    }
}
