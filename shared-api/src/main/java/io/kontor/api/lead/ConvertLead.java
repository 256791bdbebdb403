package io.kontor.api.lead;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

/**
 * Converts a qualified lead into an existing account ({@code accountId}) or a new one
 * ({@code newAccount}), with a contact and optionally an opportunity. All of it happens, or none.
 */
public record ConvertLead(@TargetAggregateId UUID leadId, UUID accountId, NewAccount newAccount,
                          NewOpportunity opportunity) {
}
