package io.kontor.api.relationship;

import java.util.UUID;

/** The relationship's strength, sentiment and note from now on (all three, whichever changed). */
public record RelationshipUpdated(UUID contactId, UUID relationshipId, int strength, int sentiment, String note) {
}
