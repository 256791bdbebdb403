package io.kontor.api.opportunity;

import java.util.UUID;

/** {@code probability} is the one in force: the explicit one of the terms, or the stage's default. */
public record OpportunityOpened(UUID opportunityId, UUID accountId, OpportunityTerms terms, Stage stage, int probability) {
}
