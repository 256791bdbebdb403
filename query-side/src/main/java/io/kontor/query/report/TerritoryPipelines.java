package io.kontor.query.report;

import io.kontor.api.opportunity.Stage;
import io.kontor.api.report.TerritoryPipeline;
import io.kontor.api.report.TerritoryPipelineRow;
import io.kontor.query.figures.StageTally;
import io.kontor.query.history.HistoricalPipeline;
import io.kontor.query.territory.TerritoryOwners;
import io.kontor.query.territory.TerritoryScopes;
import io.kontor.query.territory.TerritoryScopes.TerritoryNode;
import io.kontor.platform.visibility.Visibility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The pipeline per territory: open opportunities grouped by the territory their account belongs to at the
 * instant (one grouped query now; the history's accounts and opportunities for a past instant), then each
 * territory's row summed over itself and its sub-territories of that instant.
 */
@Component
public class TerritoryPipelines {

    private final JdbcTemplate jdbc;
    private final HistoricalPipeline history;
    private final TerritoryScopes territories;
    private final Visibility visibility;

    public TerritoryPipelines(JdbcTemplate jdbc, HistoricalPipeline history, TerritoryScopes territories,
                              Visibility visibility) {
        this.jdbc = jdbc;
        this.history = history;
        this.territories = territories;
        this.visibility = visibility;
    }

    public TerritoryPipeline report(Instant asOf) {
        Instant at = asOf == null ? Instant.now() : asOf;
        Map<UUID, StageTally> own = asOf == null ? live(at) : past(at);
        List<TerritoryPipelineRow> rows = new ArrayList<>();
        for (TerritoryNode node : territories.tree(at)) {
            StageTally total = new StageTally();
            node.withDescendants().stream().map(own::get).filter(java.util.Objects::nonNull).forEach(total::addAll);
            rows.add(new TerritoryPipelineRow(node.id(), node.name(), node.parentId(), node.depth(), total.stages(), total.totals()));
        }
        return new TerritoryPipeline(asOf, List.copyOf(rows), own.getOrDefault(null, new StageTally()).totals());
    }

    /** Per territory (null: accounts of none), the open opportunities now. */
    private Map<UUID, StageTally> live(Instant at) {
        Map<UUID, StageTally> tallies = new HashMap<>();
        List<Object> arguments = new ArrayList<>(TerritoryOwners.at(at));
        // a user limited to territories sums the opportunities of accounts it may see (the past: PointInTime)
        String seen = visibility.current().andVisible("o.account_id", arguments);
        jdbc.query("""
                SELECT ta.territory_id AS grp, o.stage, o.currency, COUNT(*) AS n, SUM(o.amount) AS amount,
                       SUM(o.amount * o.probability) AS weighted
                FROM hierarchy_opportunity o
                LEFT JOIN territory_assignment ta ON ta.account_id = o.account_id AND ta.valid_from <= ?
                     AND (ta.valid_to IS NULL OR ta.valid_to > ?)
                WHERE o.status = 'OPEN'""" + seen + """

                GROUP BY ta.territory_id, o.stage, o.currency""", rs -> {
            tallies.computeIfAbsent(rs.getObject("grp", UUID.class), id -> new StageTally()).add(Stage.valueOf(rs.getString("stage")),
                    rs.getString("currency"), rs.getLong("n"), rs.getBigDecimal("amount"), rs.getBigDecimal("weighted"));
        }, arguments.toArray());
        return tallies;
    }

    /** The same at a past instant, from the history. */
    private Map<UUID, StageTally> past(Instant at) {
        Map<UUID, UUID> territoryOf = territories.territoriesAt(at);
        Map<UUID, StageTally> tallies = new HashMap<>();
        history.byAccount(at).forEach((accountId, tally) ->
                tallies.computeIfAbsent(territoryOf.get(accountId), id -> new StageTally()).addAll(tally));
        return tallies;
    }
}
