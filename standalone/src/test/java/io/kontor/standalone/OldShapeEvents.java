package io.kontor.standalone;

import io.kontor.platform.integrity.EventHashes;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Events written with SQL in an older shape, as Kontor stored them when that shape was current: with their
 * hash chained to the aggregate's previous event, so the log stays verifiable for every test that shares it.
 */
final class OldShapeEvents {

    private OldShapeEvents() {
    }

    /** Stores the event after the aggregate's event {@code sequence - 1}; its global position. */
    static long insert(JdbcTemplate jdbc, String aggregateId, long sequence, String type, String payloadType, String revision,
                       String payload) {
        EventHashes.StoredRow row = new EventHashes.StoredRow(UUID.randomUUID().toString(), aggregateId, sequence, type,
                Instant.now().toString(), payloadType, revision, payload.getBytes(StandardCharsets.UTF_8),
                "{\"principal\":\"migration\"}".getBytes(StandardCharsets.UTF_8));
        byte[] previous = jdbc.queryForObject("SELECT event_hash FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", byte[].class, aggregateId, sequence - 1);
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
                        + "payload_type, payload_revision, payload, meta_data, event_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.eventIdentifier(), aggregateId, sequence, type, row.timestamp(), payloadType, revision, row.payload(),
                row.metaData(), EventHashes.of(row, previous));
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", Long.class, aggregateId, sequence);
    }
}
