package io.kontor.platform.persistence;

import io.kontor.platform.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V30 gave every account registered before it its headquarters: the root of its tree, however deep,
 * on H2 and on PostgreSQL (the same script serves both). V92 dropped the column again (headquarters are walked to
 * now); a store that upgrades from before V30 still passes through it.
 */
class HeadquartersBackfillTest {

    @Test
    void everyExistingAccountGetsTheRootOfItsTreeOnH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        assertBackfilled(h2);
    }

    @Test
    void everyExistingAccountGetsTheRootOfItsTreeOnPostgres() {
        assertBackfilled(TestDatabases.emptyPostgres());
    }

    private static void assertBackfilled(DataSource dataSource) {
        migrate(dataSource, "11");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        UUID group = UUID.randomUUID();
        UUID division = UUID.randomUUID();
        UUID store = UUID.randomUUID();
        UUID single = UUID.randomUUID();
        jdbc.update("INSERT INTO account_registry (account_id, parent_id, status) VALUES (?, NULL, 'OPEN'), (?, ?, 'OPEN'), "
                + "(?, ?, 'CLOSED'), (?, NULL, 'OPEN')", group, division, group, store, division, single);

        migrate(dataSource, "30");

        assertThat(jdbc.queryForList("SELECT headquarters_id FROM account_registry WHERE account_id IN (?, ?, ?)", UUID.class,
                group, division, store)).containsOnly(group).hasSize(3);
        assertThat(jdbc.queryForObject("SELECT headquarters_id FROM account_registry WHERE account_id = ?", UUID.class, single))
                .isEqualTo(single);
    }

    private static void migrate(DataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
    }
}
