package io.kontor.api.lead;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

public record DisqualifyLead(@TargetAggregateId UUID leadId, String reason) {
}
