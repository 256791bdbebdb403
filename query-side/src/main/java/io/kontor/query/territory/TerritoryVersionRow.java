package io.kontor.query.territory;

import io.kontor.api.territory.TerritoryRules;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One version of a territory, with the period it is in effect ({@code validTo} null: until further notice). */
record TerritoryVersionRow(UUID territoryId, int version, String name, UUID parentId, int priority, TerritoryRules rules,
                           UUID ownerId, List<String> members, Instant validFrom, Instant validTo) {

    boolean validAt(Instant instant) {
        return !validFrom.isAfter(instant) && (validTo == null || validTo.isAfter(instant));
    }
}
