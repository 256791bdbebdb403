package io.kontor.query.integrity;

import org.springframework.jdbc.core.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;

/** The log's running hash after {@code events} events, the last at {@code position}; signed if a key was configured. */
record Checkpoint(long position, long events, byte[] logHash, byte[] signature, String keyId, Instant createdAt) {

    static final String COLUMNS = "position, events, log_hash, signature, key_id, created_at";
    static final RowMapper<Checkpoint> MAPPER = (rs, row) -> new Checkpoint(rs.getLong("position"), rs.getLong("events"),
            rs.getBytes("log_hash"), rs.getBytes("signature"), rs.getString("key_id"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant());
}
