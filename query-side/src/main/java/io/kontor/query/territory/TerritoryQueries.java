package io.kontor.query.territory;

import com.fasterxml.jackson.core.type.TypeReference;
import io.kontor.api.common.NotFoundException;
import io.kontor.api.territory.AccountTerritory;
import io.kontor.api.territory.ReevaluationView;
import io.kontor.api.territory.TerritoryAdminView;
import io.kontor.api.territory.TerritoryCondition;
import io.kontor.api.territory.TerritoryRuleView;
import io.kontor.api.territory.TerritoryTreeView;
import io.kontor.api.territory.TerritoryVersionView;
import io.kontor.api.territory.TerritoryView;
import io.kontor.platform.visibility.Visibility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.kontor.query.territory.TerritoryVersions.instant;
import static io.kontor.query.territory.TerritoryVersions.utc;

/** The territory reads: the tree at an instant with account counts, one territory's history, an account's territory. */
@Component
public class TerritoryQueries {

    private static final TypeReference<List<TerritoryCondition>> CONDITIONS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final TerritoryVersions versions;
    private final ReevaluationJobs jobs;
    private final Visibility visibility;

    public TerritoryQueries(JdbcTemplate jdbc, Visibility visibility) {
        this.jdbc = jdbc;
        this.versions = new TerritoryVersions(jdbc);
        this.jobs = new ReevaluationJobs(jdbc);
        this.visibility = visibility;
    }

    /** Every territory in effect at {@code asOf}, in tree order. */
    public TerritoryTreeView tree(Instant asOf) {
        TerritoryTree tree = versions.at(asOf);
        return new TerritoryTreeView(asOf, views(tree, tree.depthFirst(), asOf));
    }

    /** The territory in effect at {@code asOf} and its sub-territories, in tree order. */
    public TerritoryTreeView subtree(UUID territoryId, Instant asOf) {
        TerritoryTree tree = versions.at(asOf);
        Set<UUID> wanted = tree.withDescendants(territoryId);
        if (wanted.isEmpty()) {
            throw new NotFoundException("No territory " + territoryId + " was in effect at " + asOf + ".");
        }
        return new TerritoryTreeView(asOf, views(tree, tree.depthFirst().stream()
                .filter(entry -> wanted.contains(entry.getKey().territoryId())).toList(), asOf));
    }

    public TerritoryAdminView admin(UUID territoryId) {
        List<TerritoryVersionRow> history = versions.history(territoryId);
        if (history.isEmpty()) {
            throw new NotFoundException("territory", territoryId);
        }
        List<TerritoryVersionView> shown = history.stream().map(row -> new TerritoryVersionView(row.version(), row.validFrom(),
                row.validTo(), row.name(), row.parentId(), row.priority(), row.rules().match(),
                TerritoryRuleView.of(row.rules().conditions()), row.ownerId(), row.members())).toList();
        ReevaluationView reevaluation = jobs.latest(territoryId).map(job -> new ReevaluationView(job.version(),
                job.finishedAt() != null ? "DONE" : job.startedAt() != null ? "RUNNING" : "PENDING", job.accounts(), job.done(),
                job.from(), job.requestedAt(), job.startedAt(), job.finishedAt())).orElse(null);
        return new TerritoryAdminView(territoryId, shown, reevaluation);
    }

    /** The account's territory at {@code asOf}; 404 if the read model does not know the account. */
    public AccountTerritory ofAccount(UUID accountId, Instant asOf) {
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM territory_account WHERE account_id = ?", Integer.class, accountId);
        if (known == null || known == 0) {
            throw new NotFoundException("account", accountId);
        }
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT territory_id, valid_from, valid_to, version, matched, owner_id "
                + "FROM territory_assignment WHERE account_id = ? AND valid_from <= ? ORDER BY valid_from DESC", accountId, utc(asOf));
        if (rows.isEmpty() || !covers(rows.get(0), asOf)) {
            return new AccountTerritory(accountId, asOf, null, null, null, null, null, null, null, null);
        }
        Map<String, Object> current = rows.get(0);
        UUID territoryId = (UUID) current.get("territory_id");
        Instant since = at(current.get("valid_from"));
        for (int i = 1; i < rows.size() && territoryId.equals(rows.get(i).get("territory_id"))
                && since.equals(at(rows.get(i).get("valid_to"))); i++) {
            since = at(rows.get(i).get("valid_from"));
        }
        int version = ((Number) current.get("version")).intValue();
        TerritoryVersionRow definition = versions.history(territoryId).stream().filter(row -> row.version() == version)
                .findFirst().orElseThrow();
        return new AccountTerritory(accountId, asOf, territoryId, definition.name(), version, definition.rules().match(),
                TerritoryRuleView.of(TerritoryVersions.read((String) current.get("matched"), CONDITIONS)), since,
                at(current.get("valid_from")), (UUID) current.get("owner_id"));
    }

    private List<TerritoryView> views(TerritoryTree tree, List<Map.Entry<TerritoryVersionRow, Integer>> order, Instant asOf) {
        Map<UUID, Long> own = new HashMap<>();
        List<Object> arguments = new ArrayList<>(List.of(utc(asOf), utc(asOf)));
        // a user limited to territories counts the accounts it may see
        String seen = visibility.current().andVisible("account_id", arguments);
        jdbc.query("SELECT territory_id, COUNT(*) FROM territory_assignment WHERE valid_from <= ? "
                + "AND (valid_to IS NULL OR valid_to > ?)" + seen + " GROUP BY territory_id", rs -> {
            own.put(rs.getObject(1, UUID.class), rs.getLong(2));
        }, arguments.toArray());
        List<TerritoryView> views = new ArrayList<>();
        for (Map.Entry<TerritoryVersionRow, Integer> entry : order) {
            TerritoryVersionRow row = entry.getKey();
            long total = tree.withDescendants(row.territoryId()).stream().mapToLong(id -> own.getOrDefault(id, 0L)).sum();
            views.add(new TerritoryView(row.territoryId(), row.name(), row.parentId(), entry.getValue(), row.priority(),
                    row.version(), row.validFrom(), row.rules().match(), TerritoryRuleView.of(row.rules().conditions()),
                    row.ownerId(), row.members(), own.getOrDefault(row.territoryId(), 0L), total));
        }
        return views;
    }

    private static boolean covers(Map<String, Object> row, Instant instant) {
        Instant to = at(row.get("valid_to"));
        return to == null || to.isAfter(instant);
    }

    private static Instant at(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return instant(time);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }
}
