package io.kontor.query.territory;

import com.fasterxml.jackson.core.type.TypeReference;
import io.kontor.api.territory.TerritoryCondition;
import io.kontor.platform.persistence.IdLists;
import io.kontor.query.territory.AccountFactStore.FactPeriod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import static io.kontor.query.territory.TerritoryVersions.instant;
import static io.kontor.query.territory.TerritoryVersions.utc;

/**
 * Works out which territory accounts belong to from an instant on, and rewrites their assignment
 * periods from there where they differ. The periods follow from the accounts' facts and the
 * territories in effect alone, so working them out again changes nothing: the live projection and the
 * background re-evaluation can both do it, in any order, and a replay arrives at the same rows.
 */
final class Reassignment {

    private static final TypeReference<List<TerritoryCondition>> CONDITIONS = new TypeReference<>() {
    };
    private static final String COLUMNS = "account_id, territory_id, valid_from, valid_to, version, matched, owner_id";
    private static final RowMapper<AssignmentRow> ROW = (rs, row) -> new AssignmentRow(rs.getObject("account_id", UUID.class),
            instant(rs.getObject("valid_from", OffsetDateTime.class)), instant(rs.getObject("valid_to", OffsetDateTime.class)),
            new Placement(rs.getObject("territory_id", UUID.class), rs.getInt("version"),
                    TerritoryVersions.read(rs.getString("matched"), CONDITIONS), rs.getObject("owner_id", UUID.class)));

    private final JdbcTemplate jdbc;
    private final AccountFactStore facts;

    Reassignment(JdbcTemplate jdbc, AccountFactStore facts) {
        this.jdbc = jdbc;
        this.facts = facts;
    }

    /** Re-evaluates the accounts from {@code first} to {@code last} (in the database's order) from {@code from} on. */
    void range(UUID first, UUID last, Instant from, TerritoryTimeline timeline) {
        rewrite(byAccount(facts.periods(first, last, from), FactPeriod::accountId),
                byAccount(jdbc.query("SELECT " + COLUMNS + " FROM territory_assignment WHERE account_id >= ? AND account_id <= ? "
                        + "AND (valid_to IS NULL OR valid_to > ?) ORDER BY account_id, valid_from", ROW, first, last, utc(from)),
                        AssignmentRow::accountId), account -> from, timeline);
    }

    /**
     * Re-evaluates the given accounts (a chunk's worth: an IN list), each from its own instant on: one read of their
     * facts and one of their assignments from the earliest of those instants, cut back to each account's own.
     */
    void accounts(Map<UUID, Instant> from, TerritoryTimeline timeline) {
        if (from.isEmpty()) {
            return;
        }
        List<UUID> accounts = List.copyOf(from.keySet());
        Instant earliest = Collections.min(from.values());
        List<Object> arguments = new ArrayList<>(accounts);
        arguments.add(utc(earliest));
        rewrite(byAccount(facts.periods(accounts, earliest), FactPeriod::accountId),
                byAccount(jdbc.query("SELECT " + COLUMNS + " FROM territory_assignment WHERE account_id IN ("
                        + IdLists.placeholders(accounts.size()) + ") AND (valid_to IS NULL OR valid_to > ?) "
                        + "ORDER BY account_id, valid_from", ROW, arguments.toArray()), AssignmentRow::accountId),
                from::get, timeline);
    }

    /** Rewrites the assignments of each account that has facts from its instant on, where they differ from what the rules say. */
    private void rewrite(Map<UUID, List<FactPeriod>> periods, Map<UUID, List<AssignmentRow>> existing,
                         Function<UUID, Instant> fromOf, TerritoryTimeline timeline) {
        List<AssignmentRow> stale = new ArrayList<>();
        List<AssignmentRow> fresh = new ArrayList<>();
        periods.forEach((accountId, read) -> {
            Instant from = fromOf.apply(accountId);
            List<FactPeriod> accountPeriods = read.stream().filter(period -> reaches(period.to(), from)).toList();
            if (accountPeriods.isEmpty()) {
                return;
            }
            List<AssignmentRow> have = existing.getOrDefault(accountId, List.of()).stream()
                    .filter(row -> reaches(row.to(), from)).toList();
            List<AssignmentRow> wanted = derive(accountId, accountPeriods, have, from, timeline);
            if (!wanted.equals(have)) {
                stale.addAll(have);
                fresh.addAll(wanted);
            }
        });
        write(stale, fresh);
    }

    /** Whether a period ending at {@code to} (null: open) still holds after {@code from}, as the queries' {@code valid_to > ?}. */
    private static boolean reaches(Instant to, Instant from) {
        return to == null || to.isAfter(from);
    }

    private static <T> Map<UUID, List<T>> byAccount(List<T> rows, Function<T, UUID> account) {
        Map<UUID, List<T>> grouped = new LinkedHashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(account.apply(row), id -> new ArrayList<>()).add(row));
        return grouped;
    }

    private static List<AssignmentRow> derive(UUID accountId, List<FactPeriod> periods, List<AssignmentRow> have, Instant from,
                                              TerritoryTimeline timeline) {
        List<AssignmentRow> rows = new ArrayList<>();
        if (!have.isEmpty() && have.get(0).from().isBefore(from)) {
            rows.add(have.get(0).until(from));
        }
        TreeSet<Instant> changes = new TreeSet<>(timeline.changesAfter(from));
        changes.add(from);
        periods.stream().map(FactPeriod::from).filter(start -> start.isAfter(from)).forEach(changes::add);
        List<Instant> starts = new ArrayList<>(changes);
        for (int i = 0; i < starts.size(); i++) {
            Instant start = starts.get(i);
            Instant end = i + 1 < starts.size() ? starts.get(i + 1) : null;
            AccountFacts at = factsAt(periods, start);
            Placement placement = at == null ? null : timeline.at(start).place(at);
            if (placement == null) {
                continue;
            }
            AssignmentRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && start.equals(last.to()) && last.placement().equals(placement)) {
                rows.set(rows.size() - 1, last.until(end));
            } else {
                rows.add(new AssignmentRow(accountId, start, end, placement));
            }
        }
        return rows;
    }

    private static AccountFacts factsAt(List<FactPeriod> periods, Instant instant) {
        for (FactPeriod period : periods) {
            if (!period.from().isAfter(instant) && (period.to() == null || period.to().isAfter(instant))) {
                return period.facts();
            }
        }
        return null;
    }

    /**
     * Replaces an account's rows with the wanted ones, touching only the rows that differ: a row whose period
     * was cut short (the usual case: the present one, ended where the account moves) is updated in place rather
     * than deleted and inserted again.
     */
    private void write(List<AssignmentRow> stale, List<AssignmentRow> fresh) {
        Map<List<Object>, AssignmentRow> old = new LinkedHashMap<>();
        stale.forEach(row -> old.put(List.of(row.accountId(), row.from()), row));
        List<Object[]> updated = new ArrayList<>();
        List<Object[]> inserted = new ArrayList<>();
        for (AssignmentRow row : fresh) {
            AssignmentRow before = old.remove(List.of(row.accountId(), row.from()));
            if (before == null) {
                inserted.add(new Object[]{row.accountId(), row.territoryId(), utc(row.from()), utc(row.to()),
                        row.placement().version(), TerritoryVersions.write(row.matched()), row.placement().ownerId()});
            } else if (!before.equals(row)) {
                updated.add(new Object[]{row.territoryId(), utc(row.to()), row.placement().version(),
                        TerritoryVersions.write(row.matched()), row.placement().ownerId(), row.accountId(), utc(row.from())});
            }
        }
        jdbc.batchUpdate("DELETE FROM territory_assignment WHERE account_id = ? AND valid_from = ?",
                old.values().stream().map(row -> new Object[]{row.accountId(), utc(row.from())}).toList());
        jdbc.batchUpdate("UPDATE territory_assignment SET territory_id = ?, valid_to = ?, version = ?, matched = ?, owner_id = ? "
                + "WHERE account_id = ? AND valid_from = ?", updated);
        jdbc.batchUpdate("INSERT INTO territory_assignment (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", inserted);
    }
}
