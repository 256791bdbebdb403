package io.kontor.query.territory;

import io.kontor.api.territory.TerritoryCondition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The territories in effect at one instant, as a tree. The placement policy: an account belongs to the
 * deepest territory whose rules it meets along with the rules of every territory above it (a
 * sub-territory narrows its parent); of two such territories at the same depth, the one whose path
 * from the top has the lower priorities wins (priorities are unique among siblings, so there is never a
 * tie). A territory whose parent is not in effect at that instant is not placed in the tree.
 */
final class TerritoryTree {

    private static final Comparator<TerritoryVersionRow> BY_PRIORITY =
            Comparator.comparingInt(TerritoryVersionRow::priority).thenComparing(TerritoryVersionRow::territoryId);

    private final Map<UUID, TerritoryVersionRow> byId = new HashMap<>();
    private final Map<UUID, List<TerritoryVersionRow>> children = new HashMap<>();
    private final List<TerritoryVersionRow> roots = new ArrayList<>();

    TerritoryTree(Collection<TerritoryVersionRow> inEffect) {
        inEffect.forEach(row -> byId.put(row.territoryId(), row));
        for (TerritoryVersionRow row : inEffect) {
            if (row.parentId() == null) {
                roots.add(row);
            } else if (byId.containsKey(row.parentId())) {
                children.computeIfAbsent(row.parentId(), id -> new ArrayList<>()).add(row);
            }
        }
        roots.sort(BY_PRIORITY);
        children.values().forEach(list -> list.sort(BY_PRIORITY));
    }

    boolean isEmpty() {
        return byId.isEmpty();
    }

    /** Where the account belongs, or null if it meets the rules of no territory. */
    Placement place(AccountFacts facts) {
        if (!facts.open() || roots.isEmpty()) {
            return null;
        }
        Best best = new Best();
        for (TerritoryVersionRow root : roots) {
            descend(root, facts, 0, best, new HashSet<>());
        }
        return best.placement;
    }

    /** Depth first in priority order: the first territory found at a greater depth wins, so ties go to lower priorities. */
    private void descend(TerritoryVersionRow node, AccountFacts facts, int depth, Best best, Set<UUID> path) {
        if (!path.add(node.territoryId())) {
            return;
        }
        List<TerritoryCondition> met = RuleMatcher.met(node.rules(), facts);
        if (met != null) {
            if (depth > best.depth) {
                best.depth = depth;
                best.placement = new Placement(node.territoryId(), node.version(), met, node.ownerId());
            }
            for (TerritoryVersionRow child : children.getOrDefault(node.territoryId(), List.of())) {
                descend(child, facts, depth + 1, best, path);
            }
        }
        path.remove(node.territoryId());
    }

    TerritoryVersionRow get(UUID territoryId) {
        return byId.get(territoryId);
    }

    List<TerritoryVersionRow> childrenOf(UUID territoryId) {
        return children.getOrDefault(territoryId, List.of());
    }

    List<TerritoryVersionRow> roots() {
        return roots;
    }

    /** The territory and everything under it (empty if it is not in effect), parents before children. */
    Set<UUID> withDescendants(UUID territoryId) {
        Set<UUID> found = new LinkedHashSet<>();
        if (!byId.containsKey(territoryId)) {
            return found;
        }
        List<UUID> queue = new ArrayList<>(List.of(territoryId));
        for (int i = 0; i < queue.size(); i++) {
            if (found.add(queue.get(i))) {
                childrenOf(queue.get(i)).forEach(child -> queue.add(child.territoryId()));
            }
        }
        return found;
    }

    /** Every territory in the tree, depth first in priority order, with its depth. */
    List<Map.Entry<TerritoryVersionRow, Integer>> depthFirst() {
        List<Map.Entry<TerritoryVersionRow, Integer>> order = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        roots.forEach(root -> walk(root, 0, order, seen));
        return order;
    }

    private void walk(TerritoryVersionRow node, int depth, List<Map.Entry<TerritoryVersionRow, Integer>> order, Set<UUID> seen) {
        if (seen.add(node.territoryId())) {
            order.add(Map.entry(node, depth));
            childrenOf(node.territoryId()).forEach(child -> walk(child, depth + 1, order, seen));
        }
    }

    private static final class Best {
        private int depth = -1;
        private Placement placement;
    }
}
