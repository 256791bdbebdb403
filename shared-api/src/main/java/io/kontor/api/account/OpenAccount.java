package io.kontor.api.account;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

/** Opens an account, as a headquarters or (with {@code parentId}) under an open parent. */
public record OpenAccount(@TargetAggregateId UUID accountId, AccountProfile profile, UUID parentId, UUID ownerId) {
}
