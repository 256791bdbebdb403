package io.kontor.api.contact;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

/** Erase the contact's personal data (GDPR art. 17), as part of the erasure {@code erasureId}. */
public record EraseContact(@TargetAggregateId UUID contactId, UUID erasureId, String reason) {
}
