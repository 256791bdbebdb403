package io.kontor.api.opportunity;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

public record RemoveStakeholder(@TargetAggregateId UUID opportunityId, UUID contactId) {
}
