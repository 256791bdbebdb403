package io.kontor.query.territory;

import io.kontor.api.territory.TerritoryCondition;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One period of an account in a territory ({@code to} null: until further notice). */
record AssignmentRow(UUID accountId, Instant from, Instant to, Placement placement) {

    AssignmentRow until(Instant end) {
        return new AssignmentRow(accountId, from, end, placement);
    }

    UUID territoryId() {
        return placement.territoryId();
    }

    List<TerritoryCondition> matched() {
        return placement.matched();
    }
}
