package io.kontor.api.opportunity;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

/** Sent when a stakeholder's contact, or the subtree of its account or of the opportunity's, moved out of the opportunity's hierarchy. */
public record EndStakeholderRole(@TargetAggregateId UUID opportunityId, UUID contactId, UUID contactNowAtAccountId) {
}
