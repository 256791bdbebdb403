package io.kontor.api.territory;

import io.kontor.api.common.TargetAggregateId;

import java.time.Instant;
import java.util.UUID;

/** Makes a new version of the territory, in effect from {@code effectiveFrom}. */
public record ChangeTerritory(@TargetAggregateId UUID territoryId, TerritoryPatch patch, Instant effectiveFrom) {
}
