package io.kontor.api.opportunity;

import java.util.UUID;

/** The terms after the update, whole, and the probability now in force. */
public record OpportunityUpdated(UUID opportunityId, OpportunityTerms terms, int probability) {
}
