package io.kontor.api.account;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

/** Moves an account, with its whole subtree, under another parent; a {@code null} parent makes it a headquarters. */
public record MoveAccount(@TargetAggregateId UUID accountId, UUID newParentId) {
}
