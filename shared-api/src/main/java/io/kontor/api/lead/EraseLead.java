package io.kontor.api.lead;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

/** Erase the lead's personal data (GDPR art. 17), as part of the erasure {@code erasureId}. */
public record EraseLead(@TargetAggregateId UUID leadId, UUID erasureId, String reason) {
}
