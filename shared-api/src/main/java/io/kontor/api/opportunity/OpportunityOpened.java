package io.kontor.api.opportunity;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * {@code probability} is the one in force: the explicit one of the terms, or the stage's default.
 * {@code externalIds} are the opportunity's ids in other systems (if it was imported).
 */
public record OpportunityOpened(UUID opportunityId, UUID accountId, OpportunityTerms terms, Stage stage, int probability,
                                Map<String, String> externalIds) {

    public OpportunityOpened {
        // Events stored before imports existed have none.
        externalIds = externalIds == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(externalIds));
    }

    public OpportunityOpened(UUID opportunityId, UUID accountId, OpportunityTerms terms, Stage stage, int probability) {
        this(opportunityId, accountId, terms, stage, probability, Map.of());
    }
}
