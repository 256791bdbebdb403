package io.kontor.query.territory;

import io.kontor.api.territory.TerritoryCondition;

import java.util.List;
import java.util.UUID;

/** Where the rules placed an account: the territory, the version of it that matched, why, and that version's owner. */
record Placement(UUID territoryId, int version, List<TerritoryCondition> matched, UUID ownerId) {
}
