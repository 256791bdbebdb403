package io.kontor.standalone;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Compacts the embedded H2 file while the service runs. With {@code
 * WRITE_DELAY=0} (needed so an acknowledged write survives {@code kill -9}) H2 writes a chunk at every commit and
 * never starts the background thread that would otherwise rewrite half-empty chunks, so the file grows with the
 * number of commits rather than with the data: 1.6 GB for 300,000 events written in batches of 1,000 (about 200 MB
 * of live data), 10 GB for a million. Rewriting the emptiest chunks a few times a second keeps it within a small
 * multiple of the live data (about 0.55 GB for the same 300,000 events) for a few milliseconds of CPU per run. The
 * file size and fill rate are published as {@code kontor.h2.file.size} and {@code kontor.h2.fill.rate}.
 * {@code StandaloneDurabilityIT} kills the service with {@code kill -9} while it runs and finds every acknowledged
 * write. A clean stop then rewrites the closed file to the size of its data ({@link EmbeddedFileRewriteAtStop}); H2's
 * own compaction at close, which can lose committed data, stays off (see {@link EmbeddedFileCompaction}).
 */
@Component
class EmbeddedDatabaseHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseHousekeeping.class);
    /**
     * At most this much is rewritten per run, so a run stays short next to the commits it interleaves with. A
     * larger budget only rewrites fuller chunks: at 16 MB the keeper took 26% of an import's CPU (JFR, 100,000
     * accounts); at 4 MB a third of that CPU keeps the file as small (100,000 rows in commits of 100: 353 MB
     * against 369 MB, 1.3 s of the keeper's CPU against 4.1 s).
     */
    private static final int BYTES_PER_RUN = 4 << 20;

    private final DataSource dataSource;
    private final MeterRegistry meters;
    private final Duration interval;
    private final AtomicLong runs = new AtomicLong();
    private volatile MVStore store;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "h2-housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    EmbeddedDatabaseHousekeeping(DataSource dataSource, MeterRegistry meters,
                                 @Value("${kontor.h2.compaction-interval:PT0.2S}") Duration interval) {
        this.dataSource = dataSource;
        this.meters = meters;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        MVStore store = embeddedStore();
        this.store = store;
        if (store == null) {
            return;
        }
        Gauge.builder("kontor.h2.file.size", store, s -> s.getFileStore().size()).baseUnit("bytes")
                .description("size of the embedded H2 database file").register(meters);
        Gauge.builder("kontor.h2.fill.rate", store, MVStore::getFillRate).baseUnit("percent")
                .description("share of the H2 file holding live data").register(meters);
        if (!interval.isZero() && !interval.isNegative()) {
            executor.scheduleWithFixedDelay(() -> compact(store), interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Stops the runs before the data source closes. */
    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** How many compaction runs have finished (tests wait on it instead of racing the schedule). */
    long runs() {
        return runs.get();
    }

    private void compact(MVStore store) {
        try {
            EmbeddedFileCompaction.rewriteSparseChunks(store, BYTES_PER_RUN);
        } catch (RuntimeException e) {
            // Housekeeping only: the next run tries again, and nothing committed depends on it.
            LOG.warn("H2 compaction failed: {}", e.toString());
        } finally {
            runs.incrementAndGet();
        }
    }

    /** The store behind the data source if it is an embedded H2 database (not when run on PostgreSQL). */
    private MVStore embeddedStore() {
        try {
            return EmbeddedStores.of(dataSource).orElse(null);
        } catch (SQLException e) {
            LOG.warn("H2 housekeeping not started: {}", e.toString());
            return null;
        }
    }
}
