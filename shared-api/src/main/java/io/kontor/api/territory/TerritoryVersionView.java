package io.kontor.api.territory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One version of a territory and the period it is in effect ({@code effectiveTo} null: until further notice). */
public record TerritoryVersionView(int version, Instant effectiveFrom, Instant effectiveTo, String name, UUID parentId,
                                   int priority, TerritoryMatch match, List<TerritoryRuleView> rules, UUID ownerId,
                                   List<String> members) {
}
