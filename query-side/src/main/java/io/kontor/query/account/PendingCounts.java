package io.kontor.query.account;

import io.kontor.query.projection.BatchScoped;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The counted rollup changes of one batch, summed per account and written as one statement per
 * changed row when the batch commits (see {@link BatchScoped}).
 */
final class PendingCounts implements BatchScoped.Buffer {

    private final JdbcTemplate jdbc;
    /** Per account: own accounts, contacts, open opportunities, then the same three for the rollup. */
    private final Map<UUID, long[]> sums = new TreeMap<>();

    PendingCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void addOwn(UUID accountId, RollupDelta delta) {
        add(accountId, 0, delta);
    }

    void addRollup(UUID accountId, RollupDelta delta) {
        add(accountId, 3, delta);
    }

    @Override
    public void flush() {
        List<Object[]> rows = new ArrayList<>();
        sums.forEach((accountId, sum) -> {
            if (sum[0] != 0 || sum[1] != 0 || sum[2] != 0 || sum[3] != 0 || sum[4] != 0 || sum[5] != 0) {
                rows.add(new Object[]{sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], accountId});
            }
        });
        sums.clear();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("UPDATE account_rollup SET own_accounts = own_accounts + ?, own_contacts = own_contacts + ?, "
                    + "own_open_opportunities = own_open_opportunities + ?, rollup_accounts = rollup_accounts + ?, "
                    + "rollup_contacts = rollup_contacts + ?, rollup_open_opportunities = rollup_open_opportunities + ? "
                    + "WHERE account_id = ?", rows);
        }
    }

    private void add(UUID accountId, int offset, RollupDelta delta) {
        long[] sum = sums.computeIfAbsent(accountId, id -> new long[6]);
        sum[offset] += delta.accounts();
        sum[offset + 1] += delta.contacts();
        sum[offset + 2] += delta.openOpportunities();
    }
}
