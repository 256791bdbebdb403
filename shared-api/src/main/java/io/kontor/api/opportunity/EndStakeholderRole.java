package io.kontor.api.opportunity;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

/** Sent when a stakeholder's contact moved to an account outside the opportunity's hierarchy. */
public record EndStakeholderRole(@TargetAggregateId UUID opportunityId, UUID contactId, UUID contactNowAtAccountId) {
}
