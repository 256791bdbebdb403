package io.kontor.api.lead;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

/** Records the lead's id in another system ({@code source}, such as {@code salesforce}); a null {@code externalId} removes it. */
public record SetLeadExternalId(@TargetAggregateId UUID leadId, String source, String externalId) {
}
