package io.kontor.query.report;

import io.kontor.api.opportunity.Stage;
import io.kontor.api.report.AccountPipelineRow;
import io.kontor.api.report.HeadquartersPipelineRow;
import io.kontor.api.report.PipelineFilter;
import io.kontor.platform.visibility.Scope;
import io.kontor.platform.visibility.SqlCondition;
import io.kontor.query.account.HierarchyPath;
import io.kontor.query.figures.StageTally;
import io.kontor.query.visibility.VisibleTree;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The live pipeline report as a scoped caller sees it: only opportunities of visible accounts count, and each
 * counts for the headquarters the caller is shown (the topmost visible account of its tree, {@link VisibleTree}),
 * so no row, name or total tells of an account outside the caller's territories.
 */
final class VisiblePipeline {

    /** The report's own filters (owner, industry, country, region, territory) as SQL on {@code v}, the account. */
    interface Filters {
        String sql(PipelineFilter filter, Instant now, List<Object> arguments);
    }

    private final JdbcTemplate jdbc;
    private final Filters filters;

    VisiblePipeline(JdbcTemplate jdbc, Filters filters) {
        this.jdbc = jdbc;
        this.filters = filters;
    }

    /** One row per shown headquarters; {@code totals} receives every visible opportunity counted. */
    List<HeadquartersPipelineRow> rows(PipelineFilter filter, Scope scope, StageTally totals) {
        Map<UUID, Lines> accounts = perAccount(filter, scope, null);
        Set<UUID> named = new HashSet<>();
        accounts.values().forEach(lines -> named.addAll(lines.path));
        Set<UUID> visible = scope.visibleAmong(named);
        Map<UUID, StageTally> perHeadquarters = new LinkedHashMap<>();
        accounts.values().forEach(lines -> perHeadquarters.computeIfAbsent(
                VisibleTree.visiblePath(lines.path, visible).get(0), id -> new StageTally()).addAll(lines.tally));
        Map<UUID, String> names = names(perHeadquarters.keySet());
        List<HeadquartersPipelineRow> rows = new ArrayList<>();
        perHeadquarters.forEach((headquarters, tally) -> {
            totals.addAll(tally);
            rows.add(new HeadquartersPipelineRow(headquarters, names.get(headquarters), tally.stages(), tally.totals()));
        });
        rows.sort(Comparator.comparing((HeadquartersPipelineRow row) -> row.name().toLowerCase(Locale.ROOT))
                .thenComparing(HeadquartersPipelineRow::headquartersId));
        return rows;
    }

    /** The visible accounts of a tree with open opportunities, placed and leveled among visible accounts only. */
    List<AccountPipelineRow> tree(String subtreePattern, PipelineFilter filter, Scope scope, StageTally totals) {
        Map<UUID, Lines> accounts = perAccount(filter, scope, subtreePattern);
        Set<UUID> named = new HashSet<>();
        accounts.values().forEach(lines -> named.addAll(lines.path));
        Set<UUID> visible = scope.visibleAmong(named);
        List<AccountPipelineRow> rows = new ArrayList<>();
        accounts.forEach((account, lines) -> {
            totals.addAll(lines.tally);
            List<UUID> shown = VisibleTree.visiblePath(lines.path, visible);
            rows.add(new AccountPipelineRow(account, lines.name, VisibleTree.visibleParent(lines.path, visible),
                    shown.size() - 1, lines.tally.stages(), lines.tally.totals()));
        });
        rows.sort(Comparator.comparingInt(AccountPipelineRow::depth)
                .thenComparing(row -> row.name().toLowerCase(Locale.ROOT)).thenComparing(AccountPipelineRow::accountId));
        return rows;
    }

    private Map<UUID, Lines> perAccount(PipelineFilter filter, Scope scope, String subtreePattern) {
        SqlCondition visible = scope.accounts("v.id");
        List<Object> arguments = new ArrayList<>(visible.arguments());
        String subtree = "";
        if (subtreePattern != null) {
            subtree = " AND t.path LIKE ?";
            arguments.add(subtreePattern);
        }
        String sql = """
                SELECT v.id, v.name, t.path, o.stage, o.currency, COUNT(*) AS n, SUM(o.amount) AS amount,
                       SUM(o.amount * o.probability) AS weighted
                FROM hierarchy_opportunity o
                JOIN account_view v ON v.id = o.account_id
                JOIN account_tree t ON t.account_id = o.account_id
                WHERE o.status = 'OPEN' AND\s""" + visible.sql() + subtree + filters.sql(filter, Instant.now(), arguments) + """

                GROUP BY v.id, v.name, t.path, o.stage, o.currency""";
        Map<UUID, Lines> accounts = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            Lines lines = accounts.computeIfAbsent(rs.getObject("id", UUID.class), id -> new Lines());
            lines.name = rs.getString("name");
            lines.path = new HierarchyPath(rs.getString("path")).ids();
            lines.tally.add(Stage.valueOf(rs.getString("stage")), rs.getString("currency"), rs.getLong("n"),
                    rs.getBigDecimal("amount"), rs.getBigDecimal("weighted"));
        }, arguments.toArray());
        return accounts;
    }

    private Map<UUID, String> names(Set<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("SELECT id, name FROM account_view WHERE id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                    + ")", rs -> {
                names.put(rs.getObject(1, UUID.class), rs.getString(2));
            }, ids.toArray());
        }
        return names;
    }

    private static final class Lines {
        private String name;
        private List<UUID> path = List.of();
        private final StageTally tally = new StageTally();
    }
}
