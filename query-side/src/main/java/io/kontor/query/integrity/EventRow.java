package io.kontor.query.integrity;

import io.kontor.platform.integrity.EventHashes;
import org.springframework.jdbc.core.RowMapper;

/** A stored event as the integrity check reads it: its position, the columns its hash covers, and its stored hash. */
record EventRow(long position, EventHashes.StoredRow stored, byte[] hash) {

    static final RowMapper<EventRow> MAPPER = (rs, row) -> new EventRow(rs.getLong("global_index"),
            new EventHashes.StoredRow(rs.getString("event_identifier"), rs.getString("aggregate_identifier"),
                    rs.getLong("sequence_number"), rs.getString("type"), rs.getString("time_stamp"), rs.getString("payload_type"),
                    rs.getString("payload_revision"), rs.getBytes("payload"), rs.getBytes("meta_data")),
            rs.getBytes("event_hash"));
}
