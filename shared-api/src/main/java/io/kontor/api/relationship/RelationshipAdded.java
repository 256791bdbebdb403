package io.kontor.api.relationship;

import java.time.LocalDate;
import java.util.UUID;

/** In the history of the source contact: the relationship as recorded, valid from {@code validFrom}. */
public record RelationshipAdded(UUID contactId, UUID relationshipId, RelationshipType type, UUID toContactId,
                                UUID toAccountId, int strength, int sentiment, LocalDate validFrom, String note) {
}
