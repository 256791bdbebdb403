package io.kontor.query.integrity;

import io.kontor.platform.axon.AxonInfrastructureConfiguration;
import io.kontor.platform.axon.DuplicateKeyResolver;
import io.kontor.platform.integrity.ChainedAppends;
import io.kontor.platform.integrity.EventHashes;
import io.kontor.platform.testing.TestDatabases;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event log as someone with SQL access would tamper with it, on H2 and on PostgreSQL: every change to a
 * stored event is found, at its position; removing or rehashing events is found by the signed checkpoint.
 */
class IntegrityChecksTest {

    @Test
    void tamperingIsFoundOnH2() throws Exception {
        tamperingIsFound(TestDatabases.h2());
    }

    @Test
    void tamperingIsFoundOnPostgresql() throws Exception {
        tamperingIsFound(TestDatabases.postgres());
    }

    private void tamperingIsFound(DataSource database) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        CheckpointSignatures signatures = new CheckpointSignatures(encoded(keys.getPrivate().getEncoded()),
                encoded(keys.getPublic().getEncoded()));
        IntegrityChecks checks = new IntegrityChecks(jdbc, signatures, new DataSourceTransactionManager(database), Duration.ZERO);
        JdbcEventStorageEngine store = store(database);
        for (int sequence = 0; sequence < 3; sequence++) {
            store.appendEvents(event("account-a", sequence, "a" + sequence), event("account-b", sequence, "b" + sequence));
        }
        assertThat(verify(checks, null)).containsEntry("valid", true).containsEntry("eventsChecked", 6L);

        long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        assertThat(checks.checkpointUpTo(head)).hasValueSatisfying(checkpoint ->
                assertThat(checkpoint.signature()).isNotNull());
        store.appendEvents(event("account-a", 3, "a3"));
        assertThat(verify(checks, null)).containsEntry("valid", true).containsEntry("eventsChecked", 7L)
                .containsEntry("checkpointsChecked", 1).containsEntry("signedCheckpoints", 1);
        assertThat(verify(checks, head)).containsEntry("valid", true).containsEntry("eventsChecked", 1L);

        long b1 = position(jdbc, "account-b", 1);
        for (String column : new String[]{"payload", "meta_data"}) {
            byte[] original = jdbc.queryForObject("SELECT " + column + " FROM domain_event_entry WHERE global_index = ?",
                    byte[].class, b1);
            String changed = new String(original, StandardCharsets.UTF_8).replace("b1", "bX").replace("service", "intruder");
            jdbc.update("UPDATE domain_event_entry SET " + column + " = ? WHERE global_index = ?",
                    changed.getBytes(StandardCharsets.UTF_8), b1);
            assertThat(verify(checks, null)).as(column).containsEntry("valid", false).containsEntry("firstBrokenPosition", b1)
                    .containsEntry("problem", "event-altered");
            jdbc.update("UPDATE domain_event_entry SET " + column + " = ? WHERE global_index = ?", original, b1);
        }
        String time = jdbc.queryForObject("SELECT time_stamp FROM domain_event_entry WHERE global_index = ?", String.class, b1);
        jdbc.update("UPDATE domain_event_entry SET time_stamp = ? WHERE global_index = ?", "2020-01-01T00:00:00Z", b1);
        assertThat(verify(checks, null)).containsEntry("firstBrokenPosition", b1).containsEntry("problem", "event-altered");
        jdbc.update("UPDATE domain_event_entry SET time_stamp = ? WHERE global_index = ?", time, b1);
        assertThat(verify(checks, null)).containsEntry("valid", true);

        // Someone who rewrites an event and recomputes its chain passes the events' own hashes, not the checkpoint.
        Map<String, Object> last = jdbc.queryForMap("SELECT * FROM domain_event_entry WHERE global_index = ?",
                position(jdbc, "account-b", 2));
        byte[] forged = "{\"what\":\"forged\"}".getBytes(StandardCharsets.UTF_8);
        jdbc.update("UPDATE domain_event_entry SET payload = ?, event_hash = ? WHERE global_index = ?", forged,
                EventHashes.of(new EventHashes.StoredRow((String) last.get("event_identifier"), "account-b", 2, "Account",
                        (String) last.get("time_stamp"), (String) last.get("payload_type"), (String) last.get("payload_revision"),
                        forged, (byte[]) last.get("meta_data")), stored(jdbc, "account-b", 1)), last.get("global_index"));
        assertThat(verify(checks, null)).containsEntry("valid", false).containsEntry("firstBrokenPosition", head)
                .containsEntry("problem", "checkpoint-mismatch");
        // ... and one who then also rewrites the checkpoint has no key to sign it with.
        jdbc.update("UPDATE integrity_checkpoint SET log_hash = ? WHERE position = ?", logHashUpTo(jdbc, head), head);
        assertThat(verify(checks, null)).containsEntry("firstBrokenPosition", head).containsEntry("problem", "checkpoint-signature");

        jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", position(jdbc, "account-a", 1));
        assertThat(verify(checks, null)).containsEntry("firstBrokenPosition", position(jdbc, "account-a", 2))
                .containsEntry("problem", "chain-broken");
    }

    private static Map<String, Object> verify(IntegrityChecks checks, Long fromCheckpoint) {
        IntegrityChecks.Verification result = checks.verify(fromCheckpoint);
        return new java.util.HashMap<>(Map.of("valid", result.broken() == null, "eventsChecked", result.eventsChecked(),
                "checkpointsChecked", result.checkpointsChecked(), "signedCheckpoints", result.signedCheckpoints(),
                "firstBrokenPosition", result.broken() == null ? -1L : result.broken().position(),
                "problem", result.broken() == null ? "" : result.broken().problem().code()));
    }

    private static byte[] logHashUpTo(JdbcTemplate jdbc, long position) {
        byte[] running = EventHashes.GENESIS;
        for (Map<String, Object> row : jdbc.queryForList("SELECT global_index, event_hash FROM domain_event_entry "
                + "WHERE global_index <= ? ORDER BY global_index", position)) {
            running = EventHashes.logAfter(running, ((Number) row.get("global_index")).longValue(), (byte[]) row.get("event_hash"));
        }
        return running;
    }

    private static long position(JdbcTemplate jdbc, String aggregate, long sequence) {
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", Long.class, aggregate, sequence);
    }

    private static byte[] stored(JdbcTemplate jdbc, String aggregate, long sequence) {
        return jdbc.queryForObject("SELECT event_hash FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", byte[].class, aggregate, sequence);
    }

    private static JdbcEventStorageEngine store(DataSource database) {
        AxonInfrastructureConfiguration axon = new AxonInfrastructureConfiguration();
        return JdbcEventStorageEngine.builder()
                .eventSerializer(axon.serializer(axon.revisionResolver()))
                .snapshotSerializer(axon.serializer(axon.revisionResolver()))
                .persistenceExceptionResolver(new DuplicateKeyResolver())
                .appendEvents(new ChainedAppends())
                .connectionProvider(new DataSourceConnectionProvider(database))
                .transactionManager(NoTransactionManager.INSTANCE)
                .schema(axon.eventSchema())
                .build();
    }

    private static GenericDomainEventMessage<Map<String, String>> event(String aggregate, long sequence, String what) {
        return new GenericDomainEventMessage<>("Account", aggregate, sequence, Map.of("what", what),
                Map.of("principal", "service"));
    }

    private static String encoded(byte[] key) {
        return Base64.getEncoder().encodeToString(key);
    }
}
