package io.kontor.platform.persistence;

import io.kontor.platform.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** One set of Flyway scripts serves H2 and PostgreSQL; on PostgreSQL payloads are bytea, never large objects. */
class MigrationsTest {

    @Test
    void migrateH2AndStoreBinaryPayloads() {
        assertEventRoundTrip(TestDatabases.h2());
    }

    @Test
    void migratePostgresWithByteaColumnsAndAGlobalIndexSequenceOfItsOwn() {
        DataSource postgres = TestDatabases.postgres();
        assertEventRoundTrip(postgres);
        JdbcTemplate jdbc = new JdbcTemplate(postgres);
        assertThat(jdbc.queryForList("SELECT data_type FROM information_schema.columns WHERE table_name IN "
                + "('domain_event_entry', 'token_entry', 'dead_letter_entry') AND column_name IN ('payload', 'token', "
                + "'meta_data')", String.class)).isNotEmpty().containsOnly("bytea");
        assertThat(jdbc.queryForObject("SELECT increment_by FROM pg_sequences WHERE sequencename = "
                + "'domain_event_entry_global_index_seq'", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pg_largeobject_metadata", Long.class)).isZero();
    }

    private static void assertEventRoundTrip(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        byte[] payload = "{\"name\":\"Zakład Łódź\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int sequence = 0; sequence < 2; sequence++) {
            jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                    + "time_stamp, payload_type, payload) VALUES (?, 'a', ?, 'Account', '2026-01-01T00:00:00Z', 'x', ?)",
                    UUID.randomUUID().toString(), sequence, payload);
        }
        assertThat(jdbc.queryForList("SELECT global_index FROM domain_event_entry ORDER BY global_index", Long.class))
                .containsExactly(1L, 2L);
        assertThat(jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE sequence_number = 1", byte[].class))
                .isEqualTo(payload);
    }
}
