package io.kontor.query.account;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Money figures per account and currency: an opportunity's contribution goes to its account's own
 * figures and to the rollup of the account and every ancestor, and nowhere else.
 */
@Component
public class MoneyRollupStore {

    private final JdbcTemplate jdbc;

    public MoneyRollupStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the contribution to the account's own figures and to the rollups along {@code path}. */
    public void add(HierarchyPath path, Contribution contribution) {
        if (contribution.isZero()) {
            return;
        }
        UUID accountId = path.ids().get(path.ids().size() - 1);
        ensureRows(path.ids(), contribution.currency());
        jdbc.update("UPDATE account_money SET own_open = own_open + ?, own_pipeline = own_pipeline + ?, "
                        + "own_weighted = own_weighted + ?, own_won_count = own_won_count + ?, own_won = own_won + ? "
                        + "WHERE account_id = ? AND currency = ?",
                contribution.open(), contribution.pipeline(), contribution.weighted(), contribution.wonCount(),
                contribution.won(), accountId, contribution.currency());
        addToRollups(path.ids(), contribution);
    }

    /** Adds the contribution to the rollups of the given accounts only (a subtree joining or leaving them). */
    public void addToRollups(List<UUID> accountIds, Contribution contribution) {
        if (accountIds.isEmpty() || contribution.isZero()) {
            return;
        }
        ensureRows(accountIds, contribution.currency());
        List<Object> arguments = new ArrayList<>(List.of(contribution.open(), contribution.pipeline(),
                contribution.weighted(), contribution.wonCount(), contribution.won(), contribution.currency()));
        arguments.addAll(accountIds);
        jdbc.update("UPDATE account_money SET rollup_open = rollup_open + ?, rollup_pipeline = rollup_pipeline + ?, "
                        + "rollup_weighted = rollup_weighted + ?, rollup_won_count = rollup_won_count + ?, "
                        + "rollup_won = rollup_won + ? WHERE currency = ? AND account_id IN (" + placeholders(accountIds) + ")",
                arguments.toArray());
    }

    /** The whole subtree's money under the account, one contribution per currency. */
    public List<Contribution> rollupOf(UUID accountId) {
        return jdbc.query("SELECT currency, rollup_open, rollup_pipeline, rollup_weighted, rollup_won_count, rollup_won "
                        + "FROM account_money WHERE account_id = ?",
                (rs, row) -> new Contribution(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getLong(5), rs.getBigDecimal(6)), accountId);
    }

    public void deleteAll() {
        jdbc.update("DELETE FROM account_money");
    }

    private void ensureRows(List<UUID> accountIds, String currency) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(currency);
        arguments.addAll(accountIds);
        List<UUID> present = jdbc.queryForList("SELECT account_id FROM account_money WHERE currency = ? AND account_id IN ("
                + placeholders(accountIds) + ")", UUID.class, arguments.toArray());
        List<Object[]> missing = accountIds.stream().filter(id -> !present.contains(id))
                .map(id -> new Object[]{id, currency}).toList();
        if (!missing.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO account_money (account_id, currency, own_open, own_pipeline, own_weighted, "
                    + "own_won_count, own_won, rollup_open, rollup_pipeline, rollup_weighted, rollup_won_count, rollup_won) "
                    + "VALUES (?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)", missing);
        }
    }

    private static String placeholders(List<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }
}
