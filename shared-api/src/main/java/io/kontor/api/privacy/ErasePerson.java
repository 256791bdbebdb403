package io.kontor.api.privacy;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

/**
 * Erase a person (GDPR art. 17) named by one of {@code contactId}, {@code leadId} or {@code email}: every
 * contact and lead that is the same person (the same email address, or a lead and the contact it was
 * converted into) loses its personal data in one transaction, or, if any of them is under a legal hold,
 * none does. The erasure's own id is the target: it is no aggregate, the records it erases are.
 */
public record ErasePerson(@TargetAggregateId UUID erasureId, UUID contactId, UUID leadId, String email, String reason) {
}
