package io.kontor.api.opportunity;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

public record LoseOpportunity(@TargetAggregateId UUID opportunityId, String reason) {
}
