package io.kontor.query.report;

import io.kontor.query.figures.StageTally;
import io.kontor.api.common.NotFoundException;
import io.kontor.api.opportunity.Stage;
import io.kontor.api.report.AccountPipelineRow;
import io.kontor.api.report.FindHeadquartersPipeline;
import io.kontor.api.report.FindPipelineReport;
import io.kontor.api.report.HeadquartersPipeline;
import io.kontor.api.report.HeadquartersPipelineRow;
import io.kontor.api.report.PipelineFilter;
import io.kontor.api.report.PipelineReport;
import io.kontor.platform.visibility.Scope;
import io.kontor.platform.visibility.Visibility;
import io.kontor.query.history.HistoricalPipeline;
import io.kontor.query.territory.TerritoryOwners;
import io.kontor.query.territory.TerritoryScopes;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Pipeline per headquarters, answered from the accounts projection: each open opportunity sits at an
 * account, and each account knows its headquarters, so one grouped query over the open opportunities
 * gives every row; a tree's report is the same query restricted to its path.
 */
@Component
public class PipelineReports {

    private final JdbcTemplate jdbc;
    private final HistoricalPipeline history;
    private final TerritoryScopes territories;
    private final Visibility visibility;
    private final VisiblePipeline visiblePipeline;

    public PipelineReports(JdbcTemplate jdbc, HistoricalPipeline history, TerritoryScopes territories,
                           Visibility visibility) {
        this.jdbc = jdbc;
        this.history = history;
        this.territories = territories;
        this.visibility = visibility;
        this.visiblePipeline = new VisiblePipeline(jdbc, this::filters);
    }

    @QueryHandler
    public PipelineReport handle(FindPipelineReport query) {
        if (query.asOf() != null) {
            return history.report(query.filter(), query.asOf());
        }
        Scope scope = visibility.current();
        if (scope.restricted()) {
            StageTally visible = new StageTally();
            List<HeadquartersPipelineRow> rows = visiblePipeline.rows(query.filter(), scope, visible);
            return new PipelineReport(null, List.copyOf(rows), visible.stages(), visible.totals());
        }
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, StageTally> rows = new LinkedHashMap<>();
        List<Object> arguments = new ArrayList<>();
        String sql = """
                SELECT h.id AS grp, h.name AS name, o.stage, o.currency, COUNT(*) AS n, SUM(o.amount) AS amount,
                       SUM(o.amount * o.probability) AS weighted
                FROM hierarchy_opportunity o
                JOIN account_view v ON v.id = o.account_id
                JOIN account_tree t ON t.account_id = o.account_id
                JOIN account_view h ON h.id = t.headquarters_id
                WHERE o.status = 'OPEN'""" + filters(query.filter(), Instant.now(), arguments) + """

                GROUP BY h.id, h.name, o.stage, o.currency""";
        tally(sql, arguments, rows, (headquarters, rs) -> names.put(headquarters, rs.getString("name")));
        StageTally all = new StageTally();
        List<HeadquartersPipelineRow> result = new ArrayList<>();
        rows.forEach((headquarters, tally) -> {
            all.addAll(tally);
            result.add(new HeadquartersPipelineRow(headquarters, names.get(headquarters), tally.stages(), tally.totals()));
        });
        result.sort(Comparator.comparing((HeadquartersPipelineRow row) -> row.name().toLowerCase(Locale.ROOT))
                .thenComparing(HeadquartersPipelineRow::headquartersId));
        return new PipelineReport(null, List.copyOf(result), all.stages(), all.totals());
    }

    @QueryHandler
    public HeadquartersPipeline handle(FindHeadquartersPipeline query) {
        if (query.asOf() != null) {
            return history.tree(query.headquartersId(), query.filter(), query.asOf());
        }
        List<Map<String, Object>> root = jdbc.queryForList("SELECT name, path FROM account_view JOIN account_tree ON account_id = id WHERE id = ?",
                query.headquartersId());
        if (root.isEmpty()) {
            throw new NotFoundException("account", query.headquartersId());
        }
        Scope scope = visibility.current();
        if (scope.restricted()) {
            StageTally visible = new StageTally();
            List<AccountPipelineRow> rows = visiblePipeline.tree(root.get(0).get("path") + "%", query.filter(), scope, visible);
            return new HeadquartersPipeline(null, query.headquartersId(), (String) root.get(0).get("name"), visible.stages(),
                    visible.totals(), List.copyOf(rows));
        }
        List<Object> arguments = new ArrayList<>(List.of(root.get(0).get("path") + "%"));
        String sql = """
                SELECT v.id AS grp, v.name AS name, v.parent_id, t.depth, o.stage, o.currency, COUNT(*) AS n,
                       SUM(o.amount) AS amount, SUM(o.amount * o.probability) AS weighted
                FROM hierarchy_opportunity o
                JOIN account_view v ON v.id = o.account_id
                JOIN account_tree t ON t.account_id = o.account_id
                WHERE o.status = 'OPEN' AND t.path LIKE ?""" + filters(query.filter(), Instant.now(), arguments) + """

                GROUP BY v.id, v.name, v.parent_id, t.depth, o.stage, o.currency""";
        Map<UUID, AccountKey> accounts = new LinkedHashMap<>();
        Map<UUID, StageTally> rows = new LinkedHashMap<>();
        tally(sql, arguments, rows, (account, rs) -> accounts.put(account,
                new AccountKey(rs.getString("name"), rs.getObject("parent_id", UUID.class), rs.getInt("depth"))));
        StageTally all = new StageTally();
        List<AccountPipelineRow> result = new ArrayList<>();
        rows.forEach((account, tally) -> {
            all.addAll(tally);
            AccountKey key = accounts.get(account);
            result.add(new AccountPipelineRow(account, key.name(), key.parentId(), key.depth(), tally.stages(), tally.totals()));
        });
        result.sort(Comparator.comparingInt(AccountPipelineRow::depth)
                .thenComparing(row -> row.name().toLowerCase(Locale.ROOT)).thenComparing(AccountPipelineRow::accountId));
        return new HeadquartersPipeline(null, query.headquartersId(), (String) root.get(0).get("name"), all.stages(),
                all.totals(), List.copyOf(result));
    }

    /** Runs a grouped pipeline query and adds each (group, stage, currency) line to its group's tally. */
    private void tally(String sql, List<Object> arguments, Map<UUID, StageTally> rows, GroupReader groups) {
        jdbc.query(sql, rs -> {
            UUID group = rs.getObject("grp", UUID.class);
            groups.read(group, rs);
            rows.computeIfAbsent(group, id -> new StageTally()).add(Stage.valueOf(rs.getString("stage")),
                    rs.getString("currency"), rs.getLong("n"), rs.getBigDecimal("amount"), rs.getBigDecimal("weighted"));
        }, arguments.toArray());
    }

    private interface GroupReader {
        void read(UUID group, ResultSet rs) throws SQLException;
    }

    /** The filters select the accounts whose opportunities count (their effective owner, industry, country, region, territory). */
    private String filters(PipelineFilter filter, Instant now, List<Object> arguments) {
        StringBuilder sql = new StringBuilder();
        if (filter.ownerId() != null) {
            sql.append(" AND ").append(TerritoryOwners.ownedBy("v"));
            arguments.addAll(TerritoryOwners.ownedByArguments(filter.ownerId(), now));
        }
        if (filter.territoryId() != null) {
            Set<UUID> scope = territories.withDescendants(filter.territoryId(), now);
            sql.append(" AND ").append(TerritoryOwners.inTerritories("v", scope.size()));
            arguments.addAll(scope);
            arguments.addAll(TerritoryOwners.at(now));
        }
        if (filter.industry() != null) {
            sql.append(" AND LOWER(v.industry) = ?");
            arguments.add(filter.industry().toLowerCase(Locale.ROOT));
        }
        if (filter.country() != null) {
            sql.append(" AND v.country = ?");
            arguments.add(filter.country().toUpperCase(Locale.ROOT));
        }
        if (filter.region() != null) {
            sql.append(" AND v.region = ?");
            arguments.add(filter.region().toUpperCase(Locale.ROOT));
        }
        return sql.toString();
    }

    private record AccountKey(String name, UUID parentId, int depth) {
    }
}
