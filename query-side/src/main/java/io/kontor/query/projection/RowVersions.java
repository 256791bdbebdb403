package io.kontor.query.projection;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

/**
 * The version (the aggregate's last applied sequence number) a read-model row records, which makes
 * handlers idempotent: an event at or below it was applied already.
 */
public final class RowVersions {

    private final JdbcTemplate jdbc;
    private final String query;

    /** For rows of {@code table} whose id is in {@code idColumn} and whose version is in column {@code version}. */
    public RowVersions(JdbcTemplate jdbc, String table, String idColumn) {
        this.jdbc = jdbc;
        this.query = "SELECT version FROM " + table + " WHERE " + idColumn + " = ?";
    }

    /** The row's version, or {@code null} if there is no row yet. */
    public Long of(UUID id) {
        List<Long> versions = jdbc.queryForList(query, Long.class, id);
        return versions.isEmpty() ? null : versions.get(0);
    }

    /** True if the row exists and does not yet reflect the event with this sequence number. */
    public boolean isNew(UUID id, long sequence) {
        Long version = of(id);
        return version != null && sequence > version;
    }
}
