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
    private final String table;
    private final String idColumn;
    private final String query;

    /** For rows of {@code table} whose id is in {@code idColumn} and whose version is in column {@code version}. */
    public RowVersions(JdbcTemplate jdbc, String table, String idColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.idColumn = idColumn;
        this.query = "SELECT version FROM " + table + " WHERE " + idColumn + " = ?";
    }

    /**
     * Sets the columns ({@code assignments} such as {@code "a = ?, b = ?"}, or null for none) and the
     * version, unless the row already reflects the event or does not exist: one statement, with the
     * version check in its condition. True if the row was changed.
     */
    public boolean update(UUID id, long sequence, String assignments, Object... values) {
        Object[] arguments = new Object[values.length + 3];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = sequence;
        arguments[values.length + 1] = id;
        arguments[values.length + 2] = sequence;
        return jdbc.update("UPDATE " + table + " SET " + (assignments == null ? "" : assignments + ", ") + "version = ? WHERE "
                + idColumn + " = ? AND version < ?", arguments) == 1;
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
