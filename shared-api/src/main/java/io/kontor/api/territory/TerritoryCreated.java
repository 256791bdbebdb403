package io.kontor.api.territory;

import java.time.Instant;
import java.util.UUID;

/** A territory created: its version 1, in effect from {@code effectiveFrom}. */
public record TerritoryCreated(UUID territoryId, int version, TerritoryDefinition definition, Instant effectiveFrom)
        implements TerritoryEvent {
}
