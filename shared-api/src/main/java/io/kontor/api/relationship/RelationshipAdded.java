package io.kontor.api.relationship;

import io.kontor.api.common.DataSubject;
import io.kontor.api.common.PersonalData;

import java.time.LocalDate;
import java.util.UUID;

/**
 * In the history of the source contact: the relationship as recorded, valid from {@code validFrom}. The note
 * is free text about people, so it is the source contact's personal data (erased with it).
 */
public record RelationshipAdded(@DataSubject UUID contactId, UUID relationshipId, RelationshipType type, UUID toContactId,
                                UUID toAccountId, int strength, int sentiment, LocalDate validFrom, @PersonalData String note) {
}
