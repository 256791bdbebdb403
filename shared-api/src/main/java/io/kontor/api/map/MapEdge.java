package io.kontor.api.map;

import io.kontor.api.relationship.RelationshipType;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A relationship on the map, from person {@code from} to person {@code to} (for {@code FORMER_EMPLOYEE_OF},
 * {@code to} is an account of {@code accounts}), valid from {@code validFrom} until {@code validTo} (exclusive;
 * {@code null} while current).
 */
public record MapEdge(UUID id, UUID from, UUID to, RelationshipType type, int strength, int sentiment, LocalDate validFrom,
                      LocalDate validTo, String note) {
}
