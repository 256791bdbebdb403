package io.kontor.query.territory;

import io.kontor.query.readmodel.Generations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Re-evaluates every account after a territory changes, in the background: chunks of accounts in id
 * order, one transaction each, holding the job's row (its progress) locked while the chunk is written,
 * so the progress shown is always what was committed. Several query nodes may run it: they share each
 * job's cursor and take turns chunk by chunk. While the territories read model is being built (it has
 * no live tables yet) there is nothing to do.
 */
@Component
public class ReevaluationWorker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ReevaluationWorker.class);

    private final Generations generations;
    private final TransactionTemplate transactions;
    private final AccountFactStore facts;
    private final TerritoryVersions versions;
    private final ReevaluationJobs jobs;
    private final Reassignment reassignment;
    private final int chunk;
    private final Duration poll;
    private volatile ScheduledExecutorService executor;

    public ReevaluationWorker(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Generations generations,
                              @Value("${kontor.query.territories.chunk:1000}") int chunk,
                              @Value("${kontor.query.territories.poll:PT0.2S}") Duration poll) {
        this.generations = generations;
        this.transactions = new TransactionTemplate(transactionManager);
        this.facts = new AccountFactStore(jdbc);
        this.versions = new TerritoryVersions(jdbc);
        this.jobs = new ReevaluationJobs(jdbc);
        this.reassignment = new Reassignment(jdbc, facts);
        this.chunk = chunk;
        this.poll = poll;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kontor-territory-reevaluation");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::drain, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Runs chunks until no job is left. */
    void drain() {
        if (generations.live(TerritoriesReadModel.NAME).isEmpty()) {
            // Being built: its tables are not on the search path yet. Asking anyway failed every poll, and H2
            // wrote each failure to its trace file for as long as the build took.
            return;
        }
        try {
            while (executor != null && Boolean.TRUE.equals(transactions.execute(status -> step()))) {
                // one chunk per transaction
            }
        } catch (BadSqlGrammarException e) {
            // the first generation went live on another node and this one's search path has not followed yet
            LOG.debug("territory re-evaluation waits: {}", e.getMessage());
        } catch (PessimisticLockingFailureException e) {
            // a batch of the projections held the job longer than the lock timeout; the next poll tries again
            LOG.debug("territory re-evaluation waits for the projections: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("territory re-evaluation failed; it resumes at its last committed chunk", e);
        }
    }

    /** One chunk of the oldest unfinished job; false if there is none. */
    boolean step() {
        var next = jobs.lockNext();
        if (next.isEmpty()) {
            return false;
        }
        ReevaluationJobs.Job job = next.get();
        List<UUID> accounts = facts.accountsAfter(job.nextAccount(), chunk);
        if (!accounts.isEmpty()) {
            reassignment.range(accounts.get(0), accounts.get(accounts.size() - 1), job.from(), versions.from(job.from()));
        }
        boolean finished = accounts.size() < chunk;
        jobs.advance(job, job.done() + accounts.size(), accounts.isEmpty() ? job.nextAccount()
                : accounts.get(accounts.size() - 1), Instant.now(), finished);
        return true;
    }
}
