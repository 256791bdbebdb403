package io.kontor.api.lead;

import io.kontor.api.common.DataSubject;
import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

public record CaptureLead(@TargetAggregateId @DataSubject UUID leadId, LeadDetails details) {
}
