package io.kontor.api.territory;

import io.kontor.api.common.TargetAggregateId;

import java.time.Instant;
import java.util.UUID;

/** Creates a territory; a {@code null} priority takes the next free one among its siblings. */
public record CreateTerritory(@TargetAggregateId UUID territoryId, String name, UUID parentId, Integer priority,
                              TerritoryRules rules, UUID ownerId, java.util.List<String> members, Instant effectiveFrom) {
}
