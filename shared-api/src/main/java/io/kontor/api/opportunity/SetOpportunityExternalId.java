package io.kontor.api.opportunity;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

/** Records the opportunity's id in another system ({@code source}, such as {@code salesforce}); a null {@code externalId} removes it. */
public record SetOpportunityExternalId(@TargetAggregateId UUID opportunityId, String source, String externalId) {
}
