package io.kontor.api.relationship;

import io.kontor.api.common.DataSubject;
import io.kontor.api.common.PersonalData;

import java.util.UUID;

/** The relationship's strength, sentiment and note from now on (all three, whichever changed). */
public record RelationshipUpdated(@DataSubject UUID contactId, UUID relationshipId, int strength, int sentiment,
                                  @PersonalData String note) {
}
