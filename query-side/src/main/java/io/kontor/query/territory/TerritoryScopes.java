package io.kontor.query.territory;

import io.kontor.api.common.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.kontor.query.territory.TerritoryVersions.utc;

/** Territories and their accounts at an instant, for reports that restrict or group by territory. */
@Component
public class TerritoryScopes {

    private final JdbcTemplate jdbc;
    private final TerritoryVersions versions;

    public TerritoryScopes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.versions = new TerritoryVersions(jdbc);
    }

    /** The territory and its sub-territories in effect at {@code at}; 404 if it was not in effect then. */
    public Set<UUID> withDescendants(UUID territoryId, Instant at) {
        Set<UUID> found = versions.at(at).withDescendants(territoryId);
        if (found.isEmpty()) {
            throw new NotFoundException("No territory " + territoryId + " was in effect at " + at + ".");
        }
        return found;
    }

    /** The accounts that belonged to one of the territories at {@code at}. */
    public Set<UUID> accountsIn(Set<UUID> territories, Instant at) {
        List<Object> arguments = new ArrayList<>(territories);
        arguments.add(utc(at));
        arguments.add(utc(at));
        return new HashSet<>(jdbc.queryForList("SELECT account_id FROM territory_assignment WHERE territory_id IN ("
                + String.join(", ", java.util.Collections.nCopies(territories.size(), "?")) + ") AND valid_from <= ? "
                + "AND (valid_to IS NULL OR valid_to > ?)", UUID.class, arguments.toArray()));
    }

    /** Each account's territory owner at {@code at}, where its territory has one. */
    public Map<UUID, UUID> ownersAt(Instant at) {
        Map<UUID, UUID> owners = new HashMap<>();
        jdbc.query("SELECT account_id, owner_id FROM territory_assignment WHERE owner_id IS NOT NULL AND valid_from <= ? "
                + "AND (valid_to IS NULL OR valid_to > ?)", rs -> {
            owners.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
        }, utc(at), utc(at));
        return owners;
    }

    /** Each account's territory at {@code at}. */
    public Map<UUID, UUID> territoriesAt(Instant at) {
        Map<UUID, UUID> territories = new HashMap<>();
        jdbc.query("SELECT account_id, territory_id FROM territory_assignment WHERE valid_from <= ? "
                + "AND (valid_to IS NULL OR valid_to > ?)", rs -> {
            territories.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
        }, utc(at), utc(at));
        return territories;
    }

    /** The territories in effect at {@code at}, in tree order: id, name, parent and depth. */
    public List<TerritoryNode> tree(Instant at) {
        TerritoryTree tree = versions.at(at);
        return tree.depthFirst().stream().map(entry -> new TerritoryNode(entry.getKey().territoryId(), entry.getKey().name(),
                entry.getKey().parentId(), entry.getValue(), tree.withDescendants(entry.getKey().territoryId()))).toList();
    }

    /** A territory in the tree, with itself and its descendants. */
    public record TerritoryNode(UUID id, String name, UUID parentId, int depth, Set<UUID> withDescendants) {
    }
}
