package io.kontor.api.lead;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

public record CaptureLead(@TargetAggregateId UUID leadId, LeadDetails details) {
}
