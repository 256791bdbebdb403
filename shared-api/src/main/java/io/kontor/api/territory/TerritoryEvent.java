package io.kontor.api.territory;

import java.time.Instant;
import java.util.UUID;

/**
 * The events of a territory. Each carries the whole version it starts, so readers need no earlier
 * event to know what the territory says from {@code effectiveFrom} on.
 */
public sealed interface TerritoryEvent permits TerritoryCreated, TerritoryChanged {

    UUID territoryId();

    int version();

    TerritoryDefinition definition();

    Instant effectiveFrom();
}
