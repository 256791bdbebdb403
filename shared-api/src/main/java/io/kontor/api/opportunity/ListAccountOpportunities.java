package io.kontor.api.opportunity;

import io.kontor.api.common.PageRequest;

import java.util.UUID;

/** The account's own opportunities, optionally only those of one status. */
public record ListAccountOpportunities(UUID accountId, OpportunityStatus status, PageRequest page) {
}
