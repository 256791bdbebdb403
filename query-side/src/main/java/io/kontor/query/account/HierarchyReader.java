package io.kontor.query.account;

import io.kontor.query.figures.MoneyFigures;
import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountStatus;
import io.kontor.api.account.Figures;
import io.kontor.api.account.HierarchyNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the subtree under an account in one indexed range query (by path prefix) and assembles it
 * bottom-up, so even a chain thousands of levels deep needs no recursion.
 */
@Component
public class HierarchyReader {

    private final JdbcTemplate jdbc;

    public HierarchyReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<HierarchyNode> subtree(UUID rootId, Integer maxDepth) {
        List<Map<String, Object>> root = jdbc.queryForList("SELECT path, depth FROM account_tree WHERE account_id = ?", rootId);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        HierarchyPath path = new HierarchyPath((String) root.get(0).get("path"));
        int lowestDepth = maxDepth == null ? Integer.MAX_VALUE : path.depth() + maxDepth;
        List<Row> rows = jdbc.query("""
                        SELECT v.id, v.name, v.kind, v.status, v.parent_id, t.depth, r.own_accounts, r.rollup_accounts,
                               r.own_contacts, r.rollup_contacts, r.own_open_opportunities, r.rollup_open_opportunities
                        FROM account_tree t JOIN account_view v ON v.id = t.account_id JOIN account_rollup r ON r.account_id = t.account_id
                        WHERE t.path LIKE ? AND t.depth <= ?
                        ORDER BY t.depth DESC, v.search_name, v.id""",
                (rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("name"),
                        AccountKind.valueOf(rs.getString("kind")), AccountStatus.valueOf(rs.getString("status")),
                        rs.getObject("parent_id", UUID.class),
                        new long[]{rs.getLong("own_accounts"), rs.getLong("own_contacts"), rs.getLong("own_open_opportunities")},
                        new long[]{rs.getLong("rollup_accounts"), rs.getLong("rollup_contacts"),
                                rs.getLong("rollup_open_opportunities")}),
                path.subtreePattern(), lowestDepth);
        Map<UUID, Money> money = moneyOf(path, lowestDepth);
        Map<UUID, List<HierarchyNode>> childrenOf = new HashMap<>();
        HierarchyNode top = null;
        for (Row row : rows) {
            Money accountMoney = money.getOrDefault(row.id(), new Money());
            HierarchyNode node = new HierarchyNode(row.id(), row.name(), row.kind(), row.status(),
                    figures(row.own(), accountMoney.ownPipeline, accountMoney.ownWeighted, accountMoney.ownWon),
                    figures(row.rollup(), accountMoney.rollupPipeline, accountMoney.rollupWeighted, accountMoney.rollupWon),
                    List.copyOf(childrenOf.getOrDefault(row.id(), List.of())));
            childrenOf.remove(row.id());
            if (row.id().equals(rootId)) {
                top = node;
            } else {
                childrenOf.computeIfAbsent(row.parentId(), id -> new ArrayList<>()).add(node);
            }
        }
        return Optional.ofNullable(top);
    }

    /** Each account's money rows: a currency shows in pipeline while it has open opportunities, in won once one was won. */
    private Map<UUID, Money> moneyOf(HierarchyPath path, int lowestDepth) {
        Map<UUID, Money> money = new HashMap<>();
        jdbc.query("""
                        SELECT m.* FROM account_money m JOIN account_tree t ON t.account_id = m.account_id
                        WHERE t.path LIKE ? AND t.depth <= ?""", rs -> {
            Money figures = money.computeIfAbsent(rs.getObject("account_id", UUID.class), id -> new Money());
            String currency = rs.getString("currency");
            if (rs.getLong("own_open") > 0) {
                figures.ownPipeline.add(currency, rs.getBigDecimal("own_pipeline"));
                figures.ownWeighted.add(currency, rs.getBigDecimal("own_weighted"));
            }
            if (rs.getLong("own_won_count") > 0) {
                figures.ownWon.add(currency, rs.getBigDecimal("own_won"));
            }
            if (rs.getLong("rollup_open") > 0) {
                figures.rollupPipeline.add(currency, rs.getBigDecimal("rollup_pipeline"));
                figures.rollupWeighted.add(currency, rs.getBigDecimal("rollup_weighted"));
            }
            if (rs.getLong("rollup_won_count") > 0) {
                figures.rollupWon.add(currency, rs.getBigDecimal("rollup_won"));
            }
        }, path.subtreePattern(), lowestDepth);
        return money;
    }

    private static Figures figures(long[] counts, MoneyFigures pipeline, MoneyFigures weighted, MoneyFigures won) {
        return new Figures(counts[0], counts[1], counts[2], pipeline.list(), weighted.list(), won.list());
    }

    private record Row(UUID id, String name, AccountKind kind, AccountStatus status, UUID parentId, long[] own,
                       long[] rollup) {
    }

    private static final class Money {
        private final MoneyFigures ownPipeline = new MoneyFigures();
        private final MoneyFigures ownWeighted = new MoneyFigures();
        private final MoneyFigures ownWon = new MoneyFigures();
        private final MoneyFigures rollupPipeline = new MoneyFigures();
        private final MoneyFigures rollupWeighted = new MoneyFigures();
        private final MoneyFigures rollupWon = new MoneyFigures();
    }
}
