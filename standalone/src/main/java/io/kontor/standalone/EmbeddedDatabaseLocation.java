package io.kontor.standalone;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Points the datasource at the H2 file database under {@code kontor.data-dir}, unless a datasource
 * URL is configured explicitly.
 *
 * <p>{@code WRITE_DELAY=0}: H2 otherwise flushes committed transactions up to half a second late,
 * and a {@code kill -9} in that window would lose writes the client was told had succeeded.
 * {@code RETENTION_TIME=1000}: with {@code WRITE_DELAY=0} every commit writes a new chunk and H2's background
 * housekeeping does not run; freed chunks are only reused after the retention time (45 s by default), so
 * a catch-up or replay at a few thousand commits per second grew the file to 29 GB for a million events
 * (5.8 GB for 100,000 small commits on a 5 MB table; 291 MB with one second). A second still covers
 * readers of old chunks and a process crash, which loses nothing the operating system already has.
 * {@code CACHE_SIZE=65536}: 64 MB of page cache instead of 16, so the projections' lookups stay in memory.
 * {@code QUERY_CACHE_SIZE}: H2 keeps 8 parsed statements per connection by default, far fewer than the
 * service uses, and parsing every statement again cost more than running it.
 * {@code MAX_COMPACT_TIME=0}: H2 2.3.232's compaction at close can lose committed data (its default of 200 ms
 * included); {@link EmbeddedDatabaseHousekeeping} compacts the file before a clean stop closes it instead, so a
 * stopped service still leaves a file the size of its data. Everything that opens the file carries this setting.
 * {@code LOCK_TIMEOUT=10000}: a command waiting for a row lock (the hierarchy lock that moves, reassignments,
 * placements and relationships queue on) waits as long as its transaction may last (10 s), as on PostgreSQL,
 * instead of H2's default second, which six racing requests on a busy machine exceeded.
 *
 * <p>After an unclean shutdown ({@code kill -9}, a power cut) the file is first cleared of what transactions in
 * flight left behind ({@link EmbeddedDatabaseRepair}), before anything else opens it.
 */
public class EmbeddedDatabaseLocation implements EnvironmentPostProcessor {

    /** The property source that points the datasource at the file: present only when the service uses the embedded default. */
    private static final String PROPERTY_SOURCE = "kontor-embedded-database";

    private final Log log;

    public EmbeddedDatabaseLocation(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedDatabaseLocation.class);
    }

    /** The JDBC URL of the embedded database in {@code directory}, with the settings above. */
    static String url(Path directory) {
        return storeUrl(directory) + ";CACHE_SIZE=65536;QUERY_CACHE_SIZE=256;LOCK_TIMEOUT=10000";
    }

    /** The settings that decide what is in the file (the repair and the rewrite at a stop open it with these alone). */
    static String storeUrl(Path directory) {
        return "jdbc:h2:file:" + directory.resolve("kontor") + ";WRITE_DELAY=0;RETENTION_TIME=1000;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0";
    }

    /** The directory of the embedded database, if the service uses it (no datasource URL configured). */
    static Optional<Path> embeddedDirectory(Environment environment) {
        return environment instanceof ConfigurableEnvironment configurable
                && configurable.getPropertySources().contains(PROPERTY_SOURCE) ? Optional.of(directory(environment)) : Optional.empty();
    }

    private static Path directory(Environment environment) {
        return Path.of(environment.getProperty("kontor.data-dir", "./data")).toAbsolutePath().normalize();
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"standalone".equals(environment.getProperty("kontor.mode"))
                || environment.containsProperty("spring.datasource.url")) {
            return;
        }
        Path directory = directory(environment);
        String url = url(directory);
        repairAfterUncleanShutdown(directory);
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE,
                Map.of("spring.datasource.url", url, "spring.datasource.username", "kontor",
                        "spring.datasource.password", "")));
    }

    private void repairAfterUncleanShutdown(Path directory) {
        try {
            if (EmbeddedFileRewrite.discardUnfinished(directory)) {
                log.warn("Removed the copy of the embedded database that a rewrite at a stop left unfinished; the database is whole");
            }
            if (EmbeddedDatabaseRepair.closedCleanly(directory.resolve("kontor.mv.db"))) {
                return;
            }
            long started = System.nanoTime();
            EmbeddedDatabaseRepair.Result result = EmbeddedDatabaseRepair.repair(storeUrl(directory), "kontor", "");
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (result.total() > 0) {
                log.warn("The embedded database was not closed cleanly; rolled back " + result.total() + " changes of "
                        + "transactions that were in flight " + result.leftovers() + " (" + result.checked()
                        + " entries checked in " + millis + " ms)");
            } else {
                log.info("The embedded database was not closed cleanly; nothing in flight was left in it (" + result.checked()
                        + " entries checked in " + millis + " ms)");
            }
        } catch (IOException | SQLException | RuntimeException e) {
            log.error("The embedded database was not closed cleanly and could not be checked for changes of transactions "
                    + "that were in flight; a unique key they touched may stay blocked", e);
        }
    }
}
