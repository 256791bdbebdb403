package io.kontor.command.territory;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.territory.TerritoryDefinition;
import io.kontor.command.support.Claims;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The rules about territories that one Territory aggregate cannot check alone: the parent exists, the
 * tree has no cycles, names are unique, and priorities are unique among siblings (so two siblings never
 * tie). Written in the command's transaction, so the registry and the events commit together; names and
 * priorities are unique keys (races settled by the database), and every change of a parent first locks
 * the whole registry, so two moves cannot close a cycle between them.
 */
@Component
public class TerritoryRegistry {

    static final UUID TOP = new UUID(0, 0);

    private final JdbcTemplate jdbc;

    public TerritoryRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The priority a new territory gets among its siblings when it names none: after the last one. */
    public int nextPriority(UUID parentId) {
        Integer last = jdbc.queryForObject("SELECT MAX(priority) FROM territory_registry WHERE sibling_key = ?",
                Integer.class, parentId == null ? TOP : parentId);
        return last == null ? 1 : last + 1;
    }

    public void registerCreation(UUID territoryId, TerritoryDefinition definition) {
        if (definition.parentId() != null) {
            lockTree();
            requireParent(definition.parentId());
        }
        claim(territoryId, definition, "INSERT INTO territory_registry (name_key, parent_id, sibling_key, priority, territory_id) "
                + "VALUES (?, ?, ?, ?, ?)");
    }

    public void registerChange(UUID territoryId, TerritoryDefinition before, TerritoryDefinition after) {
        if (!Objects.equals(before.parentId(), after.parentId())) {
            lockTree();
            if (after.parentId() != null) {
                requireParent(after.parentId());
                requireNoCycle(territoryId, after.parentId());
            }
        }
        claim(territoryId, after, "UPDATE territory_registry SET name_key = ?, parent_id = ?, sibling_key = ?, priority = ? "
                + "WHERE territory_id = ?");
    }

    private void claim(UUID territoryId, TerritoryDefinition definition, String sql) {
        String nameKey = nameKey(definition.name());
        UUID siblings = definition.parentId() == null ? TOP : definition.parentId();
        if (!Claims.tryWrite(jdbc, sql, nameKey, definition.parentId(), siblings, definition.priority(), territoryId)) {
            List<UUID> named = jdbc.queryForList("SELECT territory_id FROM territory_registry WHERE name_key = ?",
                    UUID.class, nameKey);
            if (!named.isEmpty() && !named.get(0).equals(territoryId)) {
                throw new BusinessRuleViolation("territory-name-taken", "Territory " + named.get(0) + " is already called "
                        + definition.name() + ".", Map.of("territoryId", named.get(0)));
            }
            UUID holder = jdbc.queryForList("SELECT territory_id FROM territory_registry WHERE sibling_key = ? AND priority = ?",
                    UUID.class, siblings, definition.priority()).stream().findFirst().orElse(null);
            throw new BusinessRuleViolation("territory-priority-taken", "Priority " + definition.priority()
                    + " is already held by sibling territory " + holder + "; siblings need distinct priorities (the lower "
                    + "wins when an account meets the rules of both).", holder == null ? Map.of("priority", definition.priority())
                    : Map.of("priority", definition.priority(), "territoryId", holder));
        }
    }

    /** Every territory's parent is read while no other move can run: the registry's rows stay locked until commit. */
    private void lockTree() {
        jdbc.query("SELECT territory_id FROM territory_registry FOR UPDATE", rs -> null);
    }

    private void requireParent(UUID parentId) {
        Long found = jdbc.queryForObject("SELECT COUNT(*) FROM territory_registry WHERE territory_id = ?", Long.class, parentId);
        if (found == null || found == 0) {
            throw new BusinessRuleViolation("territory-parent-not-found", "There is no territory " + parentId
                    + " to place the territory under.", Map.of("parentId", parentId));
        }
    }

    private void requireNoCycle(UUID territoryId, UUID parentId) {
        Map<UUID, UUID> parents = new HashMap<>();
        jdbc.query("SELECT territory_id, parent_id FROM territory_registry", rs -> {
            parents.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
        });
        for (UUID at = parentId; at != null; at = parents.get(at)) {
            if (at.equals(territoryId)) {
                throw new BusinessRuleViolation("territory-cycle", "Territory " + parentId + " lies under territory "
                        + territoryId + ", so it cannot become its parent.", Map.of("parentId", parentId));
            }
        }
    }

    static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
