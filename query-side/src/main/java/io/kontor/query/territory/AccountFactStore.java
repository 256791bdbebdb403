package io.kontor.query.territory;

import io.kontor.platform.persistence.IdLists;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static io.kontor.query.territory.TerritoryVersions.instant;
import static io.kontor.query.territory.TerritoryVersions.utc;

/**
 * Each account's place in the hierarchy ({@code territory_account}) and what the rules test about it, as
 * periods ({@code territory_account_fact}): a placement can be worked out for any instant, so a version
 * that takes effect in the past is evaluated against the accounts as they were then. The one thing the
 * rules need from an account's headquarters, its country, is in every account's facts; which account is the
 * headquarters is not stored, so a move writes the place of the account moved, not of its whole subtree.
 */
final class AccountFactStore {

    static final String FACT_COLUMNS = "account_id, valid_from, valid_to, is_open, kind, industry, country, region, "
            + "headquarters_country, employees";
    static final RowMapper<FactPeriod> PERIOD = (rs, row) -> new FactPeriod(rs.getObject("account_id", UUID.class),
            instant(rs.getObject("valid_from", OffsetDateTime.class)), instant(rs.getObject("valid_to", OffsetDateTime.class)),
            new AccountFacts(rs.getBoolean("is_open"), rs.getString("kind"), rs.getString("industry"), rs.getString("country"),
                    rs.getString("region"), rs.getString("headquarters_country"), (Integer) rs.getObject("employees")));

    private static final String INSERT_FACT = "INSERT INTO territory_account_fact (" + FACT_COLUMNS
            + ") VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)";

    /** The facts of one account over one period. */
    record FactPeriod(UUID accountId, Instant from, Instant to, AccountFacts facts) {
    }

    /** An account's place: its parent (null: it is a headquarters) and the last sequence number applied. */
    record Place(UUID parentId, long version) {
    }

    private final JdbcTemplate jdbc;

    AccountFactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Place> place(UUID accountId) {
        return jdbc.query("SELECT parent_id, version FROM territory_account WHERE account_id = ?",
                (rs, row) -> new Place(rs.getObject(1, UUID.class), rs.getLong(2)), accountId).stream().findFirst();
    }

    void insert(UUID accountId, UUID parentId, long version, Instant at, AccountFacts facts) {
        jdbc.update("INSERT INTO territory_account (account_id, parent_id, version) VALUES (?, ?, ?)", accountId, parentId, version);
        insertFact(accountId, at, facts);
    }

    void applied(UUID accountId, long version) {
        jdbc.update("UPDATE territory_account SET version = ? WHERE account_id = ?", version, accountId);
    }

    void moved(UUID accountId, UUID parentId) {
        jdbc.update("UPDATE territory_account SET parent_id = ? WHERE account_id = ?", parentId, accountId);
    }

    /** The account and every account under it now: one walk down the parent index (the depth bound stops a cycle). */
    List<UUID> subtree(UUID accountId) {
        return jdbc.queryForList("""
                WITH RECURSIVE below (account_id, depth) AS (
                    SELECT account_id, 0 FROM territory_account WHERE account_id = ?
                    UNION ALL
                    SELECT a.account_id, b.depth + 1 FROM territory_account a JOIN below b ON a.parent_id = b.account_id
                    WHERE b.depth < 10000
                )
                SELECT account_id FROM below""", UUID.class, accountId);
    }

    Optional<AccountFacts> current(UUID accountId) {
        return present(List.of(accountId)).stream().findFirst().map(FactPeriod::facts);
    }

    /**
     * The account's facts change at {@code at} (or at the start of its present period, if an event of another
     * account arrived with an earlier timestamp). Returns the instant the change took effect, or empty if nothing changed.
     */
    Optional<Instant> change(UUID accountId, Instant at, AccountFacts facts) {
        return change(accountId, at, current -> facts);
    }

    /** As above, the new facts worked out from the present ones (read once). */
    Optional<Instant> change(UUID accountId, Instant at, UnaryOperator<AccountFacts> change) {
        return Optional.ofNullable(change(List.of(accountId), at, change).get(accountId));
    }

    /**
     * {@link #change(UUID, Instant, AccountFacts)} for many accounts at once (a chunk's worth: an IN list), each
     * account's new facts worked out from its present ones: one read, then a batch per kind of write. Returns the
     * instant each changed account's change took effect; an account whose facts stay as they are is not in it.
     */
    Map<UUID, Instant> change(List<UUID> accounts, Instant at, UnaryOperator<AccountFacts> change) {
        Map<UUID, Instant> changed = new LinkedHashMap<>();
        List<Object[]> replaced = new ArrayList<>();
        List<Object[]> ended = new ArrayList<>();
        List<Object[]> started = new ArrayList<>();
        for (FactPeriod last : present(accounts)) {
            AccountFacts facts = change.apply(last.facts());
            if (facts.equals(last.facts())) {
                continue;
            }
            UUID accountId = last.accountId();
            Instant from = at.isAfter(last.from()) ? at : last.from();
            if (from.equals(last.from())) {
                replaced.add(new Object[]{accountId, utc(from)});
            } else {
                ended.add(new Object[]{utc(from), accountId, utc(last.from())});
            }
            started.add(factRow(accountId, from, facts));
            changed.put(accountId, from);
        }
        // a period replaced where it starts goes before its successor takes its key (an empty batch sends nothing)
        jdbc.batchUpdate("DELETE FROM territory_account_fact WHERE account_id = ? AND valid_from = ?", replaced);
        jdbc.batchUpdate("UPDATE territory_account_fact SET valid_to = ? WHERE account_id = ? AND valid_from = ?", ended);
        jdbc.batchUpdate(INSERT_FACT, started);
        return changed;
    }

    /** The present fact periods of the accounts (a chunk's worth: an IN list). */
    private List<FactPeriod> present(List<UUID> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + FACT_COLUMNS + " FROM territory_account_fact WHERE account_id IN ("
                + IdLists.placeholders(accounts.size()) + ") AND valid_to IS NULL", PERIOD, accounts.toArray());
    }

    /** The fact periods of the accounts from {@code first} to {@code last} (in the database's order) that reach past {@code from}. */
    List<FactPeriod> periods(UUID first, UUID last, Instant from) {
        return jdbc.query("SELECT " + FACT_COLUMNS + " FROM territory_account_fact WHERE account_id >= ? AND account_id <= ? "
                + "AND (valid_to IS NULL OR valid_to > ?) ORDER BY account_id, valid_from", PERIOD, first, last, utc(from));
    }

    /** The fact periods of the accounts (a chunk's worth: an IN list) that reach past {@code from}. */
    List<FactPeriod> periods(List<UUID> accounts, Instant from) {
        List<Object> arguments = new ArrayList<>(accounts);
        arguments.add(utc(from));
        return jdbc.query("SELECT " + FACT_COLUMNS + " FROM territory_account_fact WHERE account_id IN ("
                + IdLists.placeholders(accounts.size()) + ") AND (valid_to IS NULL OR valid_to > ?) ORDER BY account_id, valid_from",
                PERIOD, arguments.toArray());
    }

    /** Up to {@code limit} account ids after {@code after} (null: from the first), in the database's order. */
    List<UUID> accountsAfter(UUID after, int limit) {
        return after == null
                ? jdbc.queryForList("SELECT account_id FROM territory_account ORDER BY account_id FETCH FIRST ? ROWS ONLY",
                UUID.class, limit)
                : jdbc.queryForList("SELECT account_id FROM territory_account WHERE account_id > ? ORDER BY account_id "
                + "FETCH FIRST ? ROWS ONLY", UUID.class, after, limit);
    }

    long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM territory_account", Long.class);
        return count == null ? 0 : count;
    }

    private void insertFact(UUID accountId, Instant from, AccountFacts facts) {
        jdbc.update(INSERT_FACT, factRow(accountId, from, facts));
    }

    private static Object[] factRow(UUID accountId, Instant from, AccountFacts facts) {
        return new Object[]{accountId, utc(from), facts.open(), facts.kind(), facts.industry(), facts.country(), facts.region(),
                facts.headquartersCountry(), facts.employees()};
    }
}
