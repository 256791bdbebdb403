package io.kontor.api.lead;

import io.kontor.api.common.DataSubject;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A lead captured, with its ids in other systems (if it was imported). */
public record LeadCaptured(@DataSubject UUID leadId, LeadDetails details, Map<String, String> externalIds) {

    public LeadCaptured {
        // Events stored before imports existed have none.
        externalIds = externalIds == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(externalIds));
    }

    public LeadCaptured(UUID leadId, LeadDetails details) {
        this(leadId, details, Map.of());
    }
}
