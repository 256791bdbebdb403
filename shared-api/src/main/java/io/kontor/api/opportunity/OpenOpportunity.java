package io.kontor.api.opportunity;

import io.kontor.api.common.TargetAggregateId;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Opens an opportunity on an open account, at {@code stage} (PROSPECTING if absent); {@code externalIds} are
 * its ids in other systems, claimed as it opens.
 */
public record OpenOpportunity(@TargetAggregateId UUID opportunityId, UUID accountId, OpportunityTerms terms, Stage stage,
                              Map<String, String> externalIds) {

    public OpenOpportunity {
        // An import gives the source ids of the records it creates; a request over HTTP gives none.
        externalIds = externalIds == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(externalIds));
    }

    public OpenOpportunity(UUID opportunityId, UUID accountId, OpportunityTerms terms, Stage stage) {
        this(opportunityId, accountId, terms, stage, Map.of());
    }
}
