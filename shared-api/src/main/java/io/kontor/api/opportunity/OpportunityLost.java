package io.kontor.api.opportunity;

import java.util.UUID;

public record OpportunityLost(UUID opportunityId, String reason) {
}
