package io.kontor.api.relationship;

import io.kontor.api.common.Patch;
import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

/** Changes the strength, sentiment or note of a current relationship; what is not patched stays. */
public record UpdateRelationship(@TargetAggregateId UUID contactId, UUID relationshipId, Patch<Integer> strength,
                                 Patch<Integer> sentiment, Patch<String> note) {
}
