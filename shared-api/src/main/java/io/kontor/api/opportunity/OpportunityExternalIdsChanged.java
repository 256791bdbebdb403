package io.kontor.api.opportunity;

import java.util.Map;
import java.util.UUID;

/** The opportunity's ids in other systems after the change, whole (source to id). */
public record OpportunityExternalIdsChanged(UUID opportunityId, Map<String, String> externalIds) {
}
