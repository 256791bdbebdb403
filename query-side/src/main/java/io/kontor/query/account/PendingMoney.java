package io.kontor.query.account;

import io.kontor.query.figures.Contribution;
import io.kontor.query.projection.BatchScoped;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The money changes of one batch, summed per account and currency, written when the batch commits:
 * rows an account lacks in a currency are inserted with the sums, the others updated once each, and a
 * row whose figures all came back to zero (a subtree moved away, a deal lost) is deleted. So an account
 * has a row in a currency exactly while it has figures in it, whatever the history that led there and
 * wherever batches happened to begin and end; a rebuild that folds the events in memory writes the same rows.
 */
final class PendingMoney implements BatchScoped.Buffer {

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final Map<String, Sums> sums = new TreeMap<>();

    private static final class Sums {
        final UUID accountId;
        final String currency;
        Contribution own;
        Contribution rollup;

        Sums(UUID accountId, String currency) {
            this.accountId = accountId;
            this.currency = currency;
            this.own = Contribution.none(currency);
            this.rollup = Contribution.none(currency);
        }
    }

    PendingMoney(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void addOwn(UUID accountId, Contribution contribution) {
        Sums entry = entry(accountId, contribution.currency());
        entry.own = entry.own.plus(contribution);
    }

    void addRollup(UUID accountId, Contribution contribution) {
        Sums entry = entry(accountId, contribution.currency());
        entry.rollup = entry.rollup.plus(contribution);
    }

    @Override
    public void flush() {
        if (sums.isEmpty()) {
            return;
        }
        List<Sums> entries = new ArrayList<>(sums.values());
        sums.clear();
        Set<String> present = presentRows(entries);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Sums entry : entries) {
            Object[] figures = {entry.own.open(), entry.own.pipeline(), entry.own.weighted(), entry.own.wonCount(),
                    entry.own.won(), entry.rollup.open(), entry.rollup.pipeline(), entry.rollup.weighted(),
                    entry.rollup.wonCount(), entry.rollup.won(), entry.accountId, entry.currency};
            if (present.contains(key(entry.accountId, entry.currency))) {
                updates.add(figures);
            } else if (!entry.own.isZero() || !entry.rollup.isZero()) {
                inserts.add(figures);
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO account_money (own_open, own_pipeline, own_weighted, own_won_count, own_won, "
                    + "rollup_open, rollup_pipeline, rollup_weighted, rollup_won_count, rollup_won, account_id, currency) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("UPDATE account_money SET own_open = own_open + ?, own_pipeline = own_pipeline + ?, "
                    + "own_weighted = own_weighted + ?, own_won_count = own_won_count + ?, own_won = own_won + ?, "
                    + "rollup_open = rollup_open + ?, rollup_pipeline = rollup_pipeline + ?, "
                    + "rollup_weighted = rollup_weighted + ?, rollup_won_count = rollup_won_count + ?, "
                    + "rollup_won = rollup_won + ? WHERE account_id = ? AND currency = ?", updates);
            jdbc.batchUpdate("DELETE FROM account_money WHERE account_id = ? AND currency = ? AND own_open = 0 "
                    + "AND own_pipeline = 0 AND own_weighted = 0 AND own_won_count = 0 AND own_won = 0 AND rollup_open = 0 "
                    + "AND rollup_pipeline = 0 AND rollup_weighted = 0 AND rollup_won_count = 0 AND rollup_won = 0",
                    updates.stream().map(row -> new Object[]{row[10], row[11]}).toList());
        }
    }

    private Sums entry(UUID accountId, String currency) {
        return sums.computeIfAbsent(key(accountId, currency), key -> new Sums(accountId, currency));
    }

    private Set<String> presentRows(List<Sums> entries) {
        List<UUID> ids = entries.stream().map(entry -> entry.accountId).distinct().toList();
        Set<String> present = new HashSet<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jdbc.query("SELECT account_id, currency FROM account_money WHERE account_id IN ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    rs -> {
                        present.add(key(rs.getObject(1, UUID.class), rs.getString(2)));
                    }, chunk.toArray());
        }
        return present;
    }

    private static String key(UUID accountId, String currency) {
        return accountId + "/" + currency;
    }
}
