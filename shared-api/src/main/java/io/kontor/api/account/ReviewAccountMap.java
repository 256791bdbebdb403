package io.kontor.api.account;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

/** Someone went through the account map (seed 003: review it regularly) and says what they found. */
public record ReviewAccountMap(@TargetAggregateId UUID accountId, UUID reviewId, String note) {
}
