package io.kontor.query.territory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.kontor.query.territory.TerritoryVersions.instant;
import static io.kontor.query.territory.TerritoryVersions.utc;

/**
 * Each account's place in the hierarchy ({@code territory_account}) and what the rules test about it, as
 * periods ({@code territory_account_fact}): a placement can be worked out for any instant, so a version
 * that takes effect in the past is evaluated against the accounts as they were then.
 */
final class AccountFactStore {

    static final String FACT_COLUMNS = "account_id, valid_from, valid_to, is_open, kind, industry, country, region, "
            + "headquarters_country, employees";
    static final RowMapper<FactPeriod> PERIOD = (rs, row) -> new FactPeriod(rs.getObject("account_id", UUID.class),
            instant(rs.getObject("valid_from", OffsetDateTime.class)), instant(rs.getObject("valid_to", OffsetDateTime.class)),
            new AccountFacts(rs.getBoolean("is_open"), rs.getString("kind"), rs.getString("industry"), rs.getString("country"),
                    rs.getString("region"), rs.getString("headquarters_country"), (Integer) rs.getObject("employees")));

    /** The facts of one account over one period. */
    record FactPeriod(UUID accountId, Instant from, Instant to, AccountFacts facts) {
    }

    /** An account's place: its parent, the root of its tree, and the last sequence number applied. */
    record Place(UUID parentId, UUID headquartersId, long version) {
    }

    private final JdbcTemplate jdbc;

    AccountFactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Place> place(UUID accountId) {
        return jdbc.query("SELECT parent_id, headquarters_id, version FROM territory_account WHERE account_id = ?",
                (rs, row) -> new Place(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getLong(3)),
                accountId).stream().findFirst();
    }

    void insert(UUID accountId, UUID parentId, UUID headquartersId, long version, Instant at, AccountFacts facts) {
        jdbc.update("INSERT INTO territory_account (account_id, parent_id, headquarters_id, version) VALUES (?, ?, ?, ?)",
                accountId, parentId, headquartersId, version);
        insertFact(accountId, at, facts);
    }

    void applied(UUID accountId, long version) {
        jdbc.update("UPDATE territory_account SET version = ? WHERE account_id = ?", version, accountId);
    }

    void moved(UUID accountId, UUID parentId) {
        jdbc.update("UPDATE territory_account SET parent_id = ? WHERE account_id = ?", parentId, accountId);
    }

    void rehome(List<UUID> accounts, UUID headquartersId) {
        jdbc.batchUpdate("UPDATE territory_account SET headquarters_id = ? WHERE account_id = ?",
                accounts.stream().map(id -> new Object[]{headquartersId, id}).toList());
    }

    /** The account and every account under it now, parents first. */
    List<UUID> subtree(UUID accountId) {
        List<UUID> found = new ArrayList<>(List.of(accountId));
        for (int level = 0; level < found.size(); ) {
            List<UUID> parents = found.subList(level, found.size());
            level = found.size();
            List<UUID> children = new ArrayList<>();
            for (UUID parent : parents) {
                children.addAll(jdbc.queryForList("SELECT account_id FROM territory_account WHERE parent_id = ?",
                        UUID.class, parent));
            }
            found.addAll(children);
        }
        return found;
    }

    /** Every account whose tree has this headquarters, the headquarters included. */
    List<UUID> tree(UUID headquartersId) {
        return jdbc.queryForList("SELECT account_id FROM territory_account WHERE headquarters_id = ?", UUID.class, headquartersId);
    }

    Optional<AccountFacts> current(UUID accountId) {
        return jdbc.query("SELECT " + FACT_COLUMNS + " FROM territory_account_fact WHERE account_id = ? AND valid_to IS NULL",
                PERIOD, accountId).stream().findFirst().map(FactPeriod::facts);
    }

    /**
     * The account's facts change at {@code at} (or at the start of its present period, if an event of another
     * account arrived with an earlier timestamp). Returns the instant the change took effect, or empty if nothing changed.
     */
    Optional<Instant> change(UUID accountId, Instant at, AccountFacts facts) {
        List<FactPeriod> present = jdbc.query("SELECT " + FACT_COLUMNS + " FROM territory_account_fact "
                + "WHERE account_id = ? AND valid_to IS NULL", PERIOD, accountId);
        if (present.isEmpty() || present.get(0).facts().equals(facts)) {
            return Optional.empty();
        }
        FactPeriod last = present.get(0);
        Instant from = at.isAfter(last.from()) ? at : last.from();
        if (from.equals(last.from())) {
            jdbc.update("DELETE FROM territory_account_fact WHERE account_id = ? AND valid_from = ?", accountId, utc(from));
        } else {
            jdbc.update("UPDATE territory_account_fact SET valid_to = ? WHERE account_id = ? AND valid_from = ?",
                    utc(from), accountId, utc(last.from()));
        }
        insertFact(accountId, from, facts);
        return Optional.of(from);
    }

    /** The fact periods of the accounts from {@code first} to {@code last} (in the database's order) that reach past {@code from}. */
    List<FactPeriod> periods(UUID first, UUID last, Instant from) {
        return jdbc.query("SELECT " + FACT_COLUMNS + " FROM territory_account_fact WHERE account_id >= ? AND account_id <= ? "
                + "AND (valid_to IS NULL OR valid_to > ?) ORDER BY account_id, valid_from", PERIOD, first, last, utc(from));
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
        jdbc.update("INSERT INTO territory_account_fact (" + FACT_COLUMNS + ") VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)",
                accountId, utc(from), facts.open(), facts.kind(), facts.industry(), facts.country(), facts.region(),
                facts.headquartersCountry(), facts.employees());
    }
}
