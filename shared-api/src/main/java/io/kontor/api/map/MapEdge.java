package io.kontor.api.map;

import io.kontor.api.relationship.RelationshipType;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A relationship on the map, from person {@code from} to person {@code to} (for {@code FORMER_EMPLOYEE_OF},
 * {@code to} is an account of {@code accounts}), as it was at the map's instant: held since {@code validFrom}
 * and current then, so {@code validTo} is {@code null} on a map (a relationship's end date shows in the
 * contact's relationships and history; from its ending on, it is off the map).
 */
public record MapEdge(UUID id, UUID from, UUID to, RelationshipType type, int strength, int sentiment, LocalDate validFrom,
                      LocalDate validTo, String note) {
}
