package io.kontor.query.history;

import io.kontor.query.figures.FigureTally;
import io.kontor.api.account.AccountStatus;
import io.kontor.api.account.HierarchyNode;
import io.kontor.api.common.SearchText;
import io.kontor.api.opportunity.OpportunityStatus;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The subtree under an account with its own and rolled-up figures, as it stood at an instant. */
@Component
public class HistoricalHierarchy {

    private final PointInTime history;

    public HistoricalHierarchy(PointInTime history) {
        this.history = history;
    }

    public Optional<HierarchyNode> subtree(UUID rootId, Integer maxDepth, Instant asOf) {
        return subtree(history.subtreeAt(rootId, asOf), rootId, maxDepth);
    }

    /** The subtree under the account in a world that holds at least that subtree. */
    Optional<HierarchyNode> subtree(World world, UUID rootId, Integer maxDepth) {
        if (!world.accounts.containsKey(rootId)) {
            return Optional.empty();
        }
        List<UUID> order = world.subtree(rootId);
        Map<UUID, Integer> depth = new HashMap<>(Map.of(rootId, 0));
        order.forEach(id -> world.children.getOrDefault(id, List.of()).forEach(child -> depth.put(child, depth.get(id) + 1)));
        Map<UUID, FigureTally> rollup = new HashMap<>();
        Map<UUID, HierarchyNode> nodes = new HashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            UUID id = order.get(i);
            FigureTally mine = ownTally(world, id);
            FigureTally subtree = new FigureTally();
            subtree.add(mine);
            List<UUID> children = world.children.getOrDefault(id, List.of());
            children.forEach(child -> subtree.add(rollup.get(child)));
            rollup.put(id, subtree);
            World.AccountAt account = world.accounts.get(id);
            List<HierarchyNode> shown = maxDepth != null && depth.get(id) >= maxDepth ? List.of()
                    : children.stream().map(nodes::get).sorted(Comparator.comparing((HierarchyNode node) ->
                            SearchText.fold(node.name())).thenComparing(HierarchyNode::id)).toList();
            nodes.put(id, new HierarchyNode(id, account.name(), account.kind(), account.status(), mine.figures(),
                    subtree.figures(), shown));
        }
        return Optional.of(nodes.get(rootId));
    }

    private static FigureTally ownTally(World world, UUID accountId) {
        FigureTally tally = new FigureTally();
        if (world.accounts.get(accountId).status() == AccountStatus.OPEN) {
            tally.addOpenAccount();
        }
        tally.addContacts(world.contacts.getOrDefault(accountId, 0L));
        for (World.OpportunityAt opportunity : world.opportunities.getOrDefault(accountId, List.of())) {
            if (opportunity.status() == OpportunityStatus.OPEN) {
                tally.addOpenOpportunity(opportunity.currency(), opportunity.amount(), opportunity.probability());
            } else if (opportunity.status() == OpportunityStatus.WON) {
                tally.addWon(opportunity.currency(), opportunity.amount());
            }
        }
        return tally;
    }
}
