package io.kontor.command.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.OptionalLong;

/**
 * The global position of stored events, for {@code X-Event-Position}: a reader that awaits this
 * position sees everything the write did. Looked up after the commit by the unique
 * (aggregate, sequence) index, so it costs one indexed read.
 */
@Component
public class EventPositions {

    private final JdbcTemplate jdbc;

    public EventPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The highest global position among the given aggregates' events at the given sequence numbers. */
    public OptionalLong positionOf(Map<String, Long> aggregateVersions) {
        long highest = -1;
        for (Map.Entry<String, Long> version : aggregateVersions.entrySet()) {
            Long position = jdbc.query(
                    "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?",
                    rs -> rs.next() ? rs.getLong(1) : null, version.getKey(), version.getValue());
            if (position != null) {
                highest = Math.max(highest, position);
            }
        }
        return highest < 0 ? OptionalLong.empty() : OptionalLong.of(highest);
    }

    /**
     * The aggregate's latest sequence number, for a command that changed nothing. Searched from its
     * latest snapshot on: H2 cannot read an index backwards, and a MAX over the whole stream of a
     * long-lived aggregate would cost a scan of thousands of rows.
     */
    public Map<String, Long> latestVersionOf(String aggregateId) {
        return jdbc.query("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ? "
                        + "AND sequence_number >= (SELECT COALESCE(MAX(sequence_number), 0) FROM snapshot_event_entry "
                        + "WHERE aggregate_identifier = ?)",
                rs -> rs.next() && rs.getObject(1) != null ? Map.of(aggregateId, rs.getLong(1)) : Map.of(),
                aggregateId, aggregateId);
    }
}
