package io.kontor.query.account;

import io.kontor.query.figures.Contribution;
import io.kontor.query.projection.BatchScoped;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

/**
 * Money figures per account and currency: an opportunity's contribution goes to its account's own
 * figures and to the rollup of the account and every ancestor, and nowhere else. Changes are summed
 * per batch and written once per row (see {@link PendingMoney}).
 */
public class MoneyRollupStore {

    private final JdbcTemplate jdbc;
    private final BatchScoped<PendingMoney> pending;

    public MoneyRollupStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.pending = new BatchScoped<>("account-money", () -> new PendingMoney(jdbc));
    }

    /** Adds the contribution to the account's own figures and to the rollups along {@code path}. */
    public void add(HierarchyPath path, Contribution contribution) {
        if (contribution.isZero()) {
            return;
        }
        List<UUID> ids = path.ids();
        pending.update(money -> {
            money.addOwn(ids.get(ids.size() - 1), contribution);
            ids.forEach(id -> money.addRollup(id, contribution));
        });
    }

    /** Adds the contribution to the rollups of the given accounts only (a subtree joining or leaving them). */
    public void addToRollups(List<UUID> accountIds, Contribution contribution) {
        if (accountIds.isEmpty() || contribution.isZero()) {
            return;
        }
        pending.update(money -> accountIds.forEach(id -> money.addRollup(id, contribution)));
    }

    /** The whole subtree's money under the account, one contribution per currency, including this batch's changes. */
    public List<Contribution> rollupOf(UUID accountId) {
        pending.flushNow();
        return jdbc.query("SELECT currency, rollup_open, rollup_pipeline, rollup_weighted, rollup_won_count, rollup_won "
                        + "FROM account_money WHERE account_id = ?",
                (rs, row) -> new Contribution(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getLong(5), rs.getBigDecimal(6)), accountId);
    }

}
