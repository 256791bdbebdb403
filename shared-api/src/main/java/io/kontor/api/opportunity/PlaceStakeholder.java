package io.kontor.api.opportunity;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

/** Places a contact of the same hierarchy in the opportunity's buying center, or changes their place there. */
public record PlaceStakeholder(@TargetAggregateId UUID opportunityId, UUID contactId, StakeholderRole role,
                               int influence, int interest) {
}
