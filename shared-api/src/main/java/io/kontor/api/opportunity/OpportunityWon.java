package io.kontor.api.opportunity;

import io.kontor.api.common.Money;

import java.util.UUID;

public record OpportunityWon(UUID opportunityId, Money value, String reason) {
}
