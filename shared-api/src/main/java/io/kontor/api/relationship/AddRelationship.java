package io.kontor.api.relationship;

import io.kontor.api.common.TargetAggregateId;

import java.time.LocalDate;
import java.util.UUID;

/** Records a relationship from the contact to another contact, or (former employment) to an account. */
public record AddRelationship(@TargetAggregateId UUID contactId, UUID relationshipId, RelationshipType type,
                              UUID toContactId, UUID toAccountId, int strength, int sentiment, LocalDate validFrom,
                              String note) {
}
