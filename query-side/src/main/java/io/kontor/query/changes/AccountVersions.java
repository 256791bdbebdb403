package io.kontor.query.changes;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Account versions from the history projection's table: every account as it was at an instant (one pass over
 * the versions valid then, as point-in-time reads do) and the versions that began in an interval, in the
 * order they began (a range on the {@code valid_from} index, so the cost follows the interval's changes, not
 * the length of the history).
 */
@Component
class AccountVersions {

    static final String ACCOUNT_HISTORY = "account_history";

    private static final String COLUMNS = "SELECT account_id, sequence, valid_from, parent_id, status, name FROM "
            + ACCOUNT_HISTORY;
    private static final RowMapper<Version> VERSION = (rs, n) -> new Version(rs.getObject(1, UUID.class), rs.getLong(2),
            rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getObject(4, UUID.class), "OPEN".equals(rs.getString(5)),
            rs.getString(6));

    private final JdbcTemplate jdbc;

    AccountVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One account as one event left it. */
    record Version(UUID accountId, long sequence, Instant at, UUID parentId, boolean open, String name) {
    }

    Map<UUID, Version> validAt(Instant instant) {
        OffsetDateTime at = instant.atOffset(ZoneOffset.UTC);
        Map<UUID, Version> accounts = new HashMap<>();
        jdbc.query(COLUMNS + " WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)", rs -> {
            Version version = VERSION.mapRow(rs, 0);
            accounts.put(version.accountId(), version);
        }, at, at);
        return accounts;
    }

    /** Versions that began after {@code from} and no later than {@code to}, oldest first. */
    List<Version> begunBetween(Instant from, Instant to) {
        return jdbc.query(COLUMNS + " WHERE valid_from > ? AND valid_from <= ? ORDER BY valid_from, account_id, sequence",
                VERSION, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC));
    }
}
