package io.kontor.query.visibility;

import io.kontor.api.account.HierarchyNode;
import io.kontor.api.common.SearchText;
import io.kontor.platform.visibility.Scope;
import io.kontor.query.figures.FigureTally;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A subtree as a scoped caller sees it ({@link VisibleTree}): invisible accounts left out, their visible
 * descendants hung under the nearest visible ancestor, and every rollup recomputed as the node's own figures
 * plus the rollups of its visible children, so a rollup adds up exactly what the caller may see. Iterative,
 * like the reader, so a chain thousands of levels deep needs no recursion.
 */
public final class VisibleHierarchy {

    private static final Comparator<HierarchyNode> ORDER =
            Comparator.comparing((HierarchyNode node) -> SearchText.fold(node.name())).thenComparing(HierarchyNode::id);

    private VisibleHierarchy() {
    }

    /** The visible part of the tree under its root, cut {@code maxDepth} visible levels below it. */
    public static HierarchyNode project(HierarchyNode root, Scope scope, Integer maxDepth) {
        return project(root, scope::visibleAmong, maxDepth);
    }

    /** The same, with the visible accounts among a collection told by {@code visibleAmong}. */
    static HierarchyNode project(HierarchyNode root, Function<Collection<UUID>, Set<UUID>> visibleAmong, Integer maxDepth) {
        List<HierarchyNode> preorder = new ArrayList<>();
        Map<UUID, UUID> parentOf = new HashMap<>();
        List<HierarchyNode> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            HierarchyNode node = stack.remove(stack.size() - 1);
            preorder.add(node);
            node.children().forEach(child -> parentOf.put(child.id(), node.id()));
            stack.addAll(node.children());
        }
        Set<UUID> visible = new HashSet<>(visibleAmong.apply(preorder.stream().map(HierarchyNode::id).toList()));
        visible.add(root.id());
        Map<UUID, UUID> shownUnder = new HashMap<>();
        for (HierarchyNode node : preorder) {
            UUID parent = parentOf.get(node.id());
            if (parent != null) {
                shownUnder.put(node.id(), visible.contains(parent) ? parent : shownUnder.get(parent));
            }
        }
        Map<UUID, Integer> depth = new HashMap<>(Map.of(root.id(), 0));
        for (HierarchyNode node : preorder) {
            UUID under = shownUnder.get(node.id());
            if (node != root && visible.contains(node.id())) {
                depth.put(node.id(), depth.get(under) + 1);
            }
        }
        Map<UUID, List<HierarchyNode>> children = new HashMap<>();
        Map<UUID, FigureTally> rollups = new HashMap<>();
        HierarchyNode top = null;
        for (int i = preorder.size() - 1; i >= 0; i--) {
            HierarchyNode node = preorder.get(i);
            if (!visible.contains(node.id())) {
                continue;
            }
            List<HierarchyNode> mine = children.getOrDefault(node.id(), new ArrayList<>());
            FigureTally rollup = FigureTally.of(node.own());
            mine.forEach(child -> rollup.add(rollups.remove(child.id())));
            mine.sort(ORDER);
            boolean cut = maxDepth != null && depth.get(node.id()) >= maxDepth;
            HierarchyNode shown = new HierarchyNode(node.id(), node.name(), node.kind(), node.status(), node.own(),
                    rollup.figures(), cut ? List.of() : List.copyOf(mine));
            children.remove(node.id());
            if (node == root) {
                top = shown;
            } else {
                rollups.put(node.id(), rollup);
                children.computeIfAbsent(shownUnder.get(node.id()), id -> new ArrayList<>()).add(shown);
            }
        }
        return top;
    }
}
