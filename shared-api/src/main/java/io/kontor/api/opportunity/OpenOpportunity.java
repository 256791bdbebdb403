package io.kontor.api.opportunity;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

/** Opens an opportunity on an open account, at {@code stage} (PROSPECTING if absent). */
public record OpenOpportunity(@TargetAggregateId UUID opportunityId, UUID accountId, OpportunityTerms terms, Stage stage) {
}
