package io.kontor.api.account;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

public record UpdateAccountProfile(@TargetAggregateId UUID accountId, AccountProfilePatch patch) {
}
