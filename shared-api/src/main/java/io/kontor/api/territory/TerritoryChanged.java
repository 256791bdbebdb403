package io.kontor.api.territory;

import java.time.Instant;
import java.util.UUID;

/** A new version of a territory, replacing the one before it from {@code effectiveFrom} on. */
public record TerritoryChanged(UUID territoryId, int version, TerritoryDefinition definition, Instant effectiveFrom)
        implements TerritoryEvent {
}
