package io.kontor.api.relationship;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The relationship holds no longer from {@code validTo} on; it stays in the history and in the maps of
 * the days it held. {@code cause} says why, and {@code causedBy} names the contact or account whose move
 * ended it ({@code null} when someone ended it).
 */
public record RelationshipEnded(UUID contactId, UUID relationshipId, LocalDate validTo, RelationshipEndCause cause,
                                UUID causedBy) {
}
