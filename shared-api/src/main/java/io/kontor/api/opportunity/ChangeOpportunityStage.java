package io.kontor.api.opportunity;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

public record ChangeOpportunityStage(@TargetAggregateId UUID opportunityId, Stage stage) {
}
