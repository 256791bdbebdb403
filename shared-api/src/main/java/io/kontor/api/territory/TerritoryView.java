package io.kontor.api.territory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A territory as it stands at one instant: the version in effect then, its depth in the tree, and the
 * accounts it holds then ({@code accounts}: placed in it; {@code totalAccounts}: with its sub-territories).
 */
public record TerritoryView(UUID id, String name, UUID parentId, int depth, int priority, int version,
                            Instant effectiveFrom, TerritoryMatch match, List<TerritoryRuleView> rules, UUID ownerId,
                            List<String> members, long accounts, long totalAccounts) {
}
