package io.kontor.api.relationship;

import io.kontor.api.common.TargetAggregateId;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Ends a relationship as of {@code validTo} (the first day it no longer holds). {@code cause} says why;
 * for a hierarchy change {@code causedBy} is the contact or account whose move split it.
 */
public record EndRelationship(@TargetAggregateId UUID contactId, UUID relationshipId, LocalDate validTo,
                              RelationshipEndCause cause, UUID causedBy) {
}
