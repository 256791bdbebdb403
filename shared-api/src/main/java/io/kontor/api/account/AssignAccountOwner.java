package io.kontor.api.account;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

/** Makes a sales rep the account's owner; a {@code null} owner leaves the account unassigned. */
public record AssignAccountOwner(@TargetAggregateId UUID accountId, UUID ownerId) {
}
