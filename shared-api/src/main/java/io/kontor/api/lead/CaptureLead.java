package io.kontor.api.lead;

import io.kontor.api.common.DataSubject;
import io.kontor.api.common.TargetAggregateId;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Captures a lead; {@code externalIds} are its ids in other systems, claimed as it is captured. */
public record CaptureLead(@TargetAggregateId @DataSubject UUID leadId, LeadDetails details, Map<String, String> externalIds) {

    public CaptureLead {
        // An import gives the source ids of the records it creates; a request over HTTP gives none.
        externalIds = externalIds == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(externalIds));
    }

    public CaptureLead(UUID leadId, LeadDetails details) {
        this(leadId, details, Map.of());
    }
}
