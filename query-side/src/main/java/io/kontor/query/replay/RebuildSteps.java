package io.kontor.query.replay;

import io.kontor.query.projection.LiveBatches;
import io.kontor.query.readmodel.Generation;
import io.kontor.query.readmodel.Generations;
import io.kontor.query.readmodel.SearchPath;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.LongPredicate;

/**
 * What a {@link Rebuild} does to the database: tables, chunk transactions pointed at the generations it
 * builds, progress, and the switch. Chunks are large transactions with their own timeout: nobody reads
 * a generation before it is live, so its durability is needed only once, at the switch.
 */
@Component
class RebuildSteps {

    private static final Logger LOG = LoggerFactory.getLogger(RebuildSteps.class);

    private final EventStorageEngine storage;
    private final Generations generations;
    private final GenerationSchemas schemas;
    private final SearchPath searchPath;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final LivePosition live;
    private final LiveBatches batches;
    private final FoldMemory foldMemory;
    private final TransactionTemplate transactions;
    private final int chunkSize;
    private final long switchWithin;
    private final Duration switchWait;

    RebuildSteps(EventStorageEngine storage, Generations generations, GenerationSchemas schemas, SearchPath searchPath,
                 DataSource dataSource, JdbcTemplate jdbc, LivePosition live, LiveBatches batches, FoldMemory foldMemory,
                 PlatformTransactionManager transactionManager,
                 @Value("${kontor.query.rebuild.chunk-size:25000}") int chunkSize,
                 @Value("${kontor.query.rebuild.switch-within:1000}") long switchWithin,
                 @Value("${kontor.query.rebuild.switch-wait:PT30S}") Duration switchWait,
                 @Value("${kontor.query.reset-timeout:PT10M}") Duration chunkTimeout) {
        this.storage = storage;
        this.generations = generations;
        this.schemas = schemas;
        this.searchPath = searchPath;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.live = live;
        this.batches = batches;
        this.foldMemory = foldMemory;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setTimeout((int) chunkTimeout.toSeconds());
        this.chunkSize = chunkSize;
        this.switchWithin = switchWithin;
        this.switchWait = switchWait;
    }

    int chunkSize() {
        return chunkSize;
    }

    long switchWithin() {
        return switchWithin;
    }

    LivePosition.Token live() {
        return live.committed();
    }

    EventRange events(long from, long to, LongPredicate wanted) {
        return new EventRange(storage, from, to, wanted);
    }

    BatchedRows newRows() {
        return new BatchedRows(jdbc, generations.vendor());
    }

    /** The generations' tables; secondary indexes come later for those a fold fills (loading is faster without). */
    void createTables(List<Rebuild.Target> targets) {
        long head = live.committed().index();
        for (Rebuild.Target target : targets) {
            schemas.create(target.generation(), target.handlers().readModel().schema(), target.fold() == null);
            generations.building(target.generation(), head);
        }
    }

    /** True if the folds hold so much that they should be written out now ({@link FoldMemory}). */
    boolean foldsFull() {
        boolean full = foldMemory.full();
        if (full) {
            LOG.info("The rebuild's folds fill {}% of the heap: written out at this chunk, the handlers go on",
                    Math.round(foldMemory.oldGenerationShare() * 100));
        }
        return full;
    }

    /** Writes what the folds still hold and gives their tables the indexes the handlers need from now on. */
    void finishFolds(List<Rebuild.Target> targets, BatchedRows rows) {
        inBuildTransaction(targets, () -> {
            targets.stream().filter(target -> target.fold() != null).forEach(target -> target.fold().finish(rows));
            rows.flush();
        });
        targets.stream().filter(target -> target.fold() != null)
                .forEach(target -> schemas.createIndexes(target.generation(), target.handlers().readModel().schema()));
    }

    /**
     * Runs {@code work} in one transaction whose connection sees the generations being built instead of
     * the live ones, inside one unit of work, so batch-scoped buffers are written once, at its end.
     */
    void inBuildTransaction(List<Rebuild.Target> targets, Runnable work) {
        String path = generations.pathWith(targets.stream().map(Rebuild.Target::generation).toList());
        transactions.executeWithoutResult(status -> {
            try {
                searchPath.apply(DataSourceUtils.getConnection(dataSource), path);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot point the rebuild at its generations", e);
            }
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            try {
                work.run();
                unitOfWork.commit();
            } catch (RuntimeException e) {
                unitOfWork.rollback(e);
                throw e;
            }
        });
    }

    void recordProgress(List<Rebuild.Target> targets, long position, long done) {
        long total = Math.max(done, live.committed().index());
        targets.forEach(target -> generations.progress(target.generation(), position, done, total));
    }

    void checkNotCancelled(List<Rebuild.Target> targets) {
        for (Rebuild.Target target : targets) {
            Generation now = generations.find(target.generation().readModel(), target.generation().number()).orElseThrow();
            if (!now.state().pending()) {
                throw new CancellationException(target.generation().schema() + " is " + now.state());
            }
        }
    }

    /**
     * Pauses the live batches, applies what they applied since the rebuild's position, makes the new
     * generations live in the same transaction, and points every connection at them before the batches go on.
     */
    void switchOver(Rebuild rebuild) {
        boolean switched;
        try {
            switched = batches.exclusively(switchWait, () -> {
                inBuildTransaction(rebuild.targets(), () -> {
                    LivePosition.Token token = live.committed();
                    rebuild.catchUp(token);
                    checkNotCancelled(rebuild.targets());
                    rebuild.targets().forEach(target -> generations.makeLive(target.generation(), rebuild.position(),
                            rebuild.done()));
                });
                generations.refresh();
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting to switch");
        }
        if (!switched) {
            throw new IllegalStateException("the live projections did not pause for the switch within " + switchWait);
        }
    }
}
