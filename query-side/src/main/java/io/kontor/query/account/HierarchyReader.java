package io.kontor.query.account;

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
        List<Map<String, Object>> root = jdbc.queryForList("SELECT path, depth FROM account_view WHERE id = ?", rootId);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        HierarchyPath path = new HierarchyPath((String) root.get(0).get("path"));
        int lowestDepth = maxDepth == null ? Integer.MAX_VALUE : path.depth() + maxDepth;
        List<Row> rows = jdbc.query("""
                        SELECT v.id, v.name, v.kind, v.status, v.parent_id, v.depth, r.own_accounts, r.rollup_accounts,
                               r.own_contacts, r.rollup_contacts, r.own_open_opportunities, r.rollup_open_opportunities
                        FROM account_view v JOIN account_rollup r ON r.account_id = v.id
                        WHERE v.path LIKE ? AND v.depth <= ?
                        ORDER BY v.depth DESC, v.search_name, v.id""",
                (rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("name"),
                        AccountKind.valueOf(rs.getString("kind")), AccountStatus.valueOf(rs.getString("status")),
                        rs.getObject("parent_id", UUID.class),
                        figures(rs.getLong("own_accounts"), rs.getLong("own_contacts"), rs.getLong("own_open_opportunities")),
                        figures(rs.getLong("rollup_accounts"), rs.getLong("rollup_contacts"),
                                rs.getLong("rollup_open_opportunities"))),
                path.subtreePattern(), lowestDepth);
        Map<UUID, List<HierarchyNode>> childrenOf = new HashMap<>();
        HierarchyNode top = null;
        for (Row row : rows) {
            HierarchyNode node = new HierarchyNode(row.id(), row.name(), row.kind(), row.status(), row.own(), row.rollup(),
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

    private static Figures figures(long accounts, long contacts, long openOpportunities) {
        return new Figures(accounts, contacts, openOpportunities, List.of(), List.of(), List.of());
    }

    private record Row(UUID id, String name, AccountKind kind, AccountStatus status, UUID parentId, Figures own,
                       Figures rollup) {
    }
}
