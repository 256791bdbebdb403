package io.kontor.api.account;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

public record CloseAccount(@TargetAggregateId UUID accountId, String reason) {
}
