package io.kontor.command.imports;

import io.kontor.platform.axon.NodeIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs imports in the background, on whichever command node takes them: an accepted import is started at
 * once by the node that accepted it; at start-up a node resumes the imports it was running when it stopped
 * (a {@code kill -9} included) from the step after the last committed chunk; and every
 * {@code kontor.imports.poll-interval} it takes over imports whose node has made no progress for
 * {@code kontor.imports.claim-timeout}. Taking one is a conditional update, so two nodes never run one import.
 */
@Component
class ImportRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobs jobs;
    private final ImportExecution execution;
    private final ImportRevert revert;
    private final ImportProperties properties;
    private final String node;
    private final Set<UUID> active = ConcurrentHashMap.newKeySet();
    private volatile ExecutorService workers;
    private volatile ScheduledExecutorService poller;
    private volatile boolean stopping;

    ImportRunner(ImportJobs jobs, ImportExecution execution, ImportRevert revert, ImportProperties properties,
                 NodeIdentity node) {
        this.jobs = jobs;
        this.execution = execution;
        this.revert = revert;
        this.properties = properties;
        this.node = node.id();
    }

    /** Looks for work now (an import was just accepted or asked to revert). */
    void wake() {
        ScheduledExecutorService current = poller;
        if (current != null) {
            current.execute(this::poll);
        }
    }

    private void poll() {
        try {
            Instant stale = Instant.now().minus(properties.claimTimeout());
            for (UUID id : jobs.runnable(node, stale)) {
                if (active.add(id)) {
                    if (jobs.claim(id, node, stale)) {
                        workers.execute(() -> run(id));
                    } else {
                        active.remove(id);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Looking for imports to run failed; trying again in {}", properties.pollInterval(), e);
        }
    }

    private void run(UUID id) {
        try {
            jobs.find(id).ifPresent(job -> {
                if (job.status() == ImportStatus.REVERTING) {
                    revert.run(job, node, () -> !stopping);
                } else {
                    execution.run(job, node, () -> !stopping);
                }
            });
        } catch (RuntimeException e) {
            LOG.error("Import {} stopped; it resumes when a node takes it over", id, e);
        } finally {
            active.remove(id);
        }
    }

    /** Starts once the whole application (Axon included) is up, and first resumes this node's own imports. */
    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        AtomicInteger threads = new AtomicInteger();
        workers = Executors.newFixedThreadPool(2, runnable -> daemon(runnable, "kontor-import-" + threads.incrementAndGet()));
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "kontor-import-poller"));
        poller.scheduleWithFixedDelay(this::poll, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops before anything else does: a chunk in flight commits or rolls back whole; the rest resumes on the next start. */
    @EventListener(ContextClosedEvent.class)
    public void stop() {
        if (poller == null) {
            return;
        }
        // No interrupts: an interrupted thread would close the H2 file under the chunk being written.
        stopping = true;
        poller.shutdown();
        workers.shutdown();
        try {
            workers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        poller = null;
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
