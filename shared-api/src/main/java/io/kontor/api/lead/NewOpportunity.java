package io.kontor.api.lead;

import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.Stage;

/** The opportunity a conversion opens on the account. */
public record NewOpportunity(OpportunityTerms terms, Stage stage) {
}
