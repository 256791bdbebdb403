package io.kontor.query.territory;

import io.kontor.query.readmodel.Generations;
import io.kontor.query.readmodel.SearchPath;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the territories read model is first built (no generation of it is live), the background re-evaluation has
 * nothing to do and asks nothing. Before, every poll (5 a second) ran a query on a table not yet there, and H2 wrote
 * each failure to the database's trace file for as long as the build took.
 */
class ReevaluationWorkerTest {

    @TempDir
    Path directory;

    @Test
    void whileTheTerritoriesAreFirstBuiltTheWorkerWaitsWithoutFailingQueries() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.resolve("kontor"));
        dataSource.setUser("kontor");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        ReevaluationWorker worker = new ReevaluationWorker(jdbc, new DataSourceTransactionManager(dataSource),
                new Generations(jdbc, new SearchPath()), 1000, Duration.ofMillis(200));

        worker.start();
        try {
            worker.drain();
        } finally {
            worker.stop();
        }

        Path trace = directory.resolve("kontor.trace.db");
        String traced = Files.exists(trace) ? Files.readString(trace) : "";
        assertThat(traced).doesNotContainIgnoringCase("territory_reevaluation");
    }
}
