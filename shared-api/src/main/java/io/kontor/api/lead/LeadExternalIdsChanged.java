package io.kontor.api.lead;

import java.util.Map;
import java.util.UUID;

/** The lead's ids in other systems after the change, whole (source to id). */
public record LeadExternalIdsChanged(UUID leadId, Map<String, String> externalIds) {
}
