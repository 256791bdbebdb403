package io.kontor.api.contact;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

/** Keep the contact's data whatever is asked (litigation, a tax audit): no erasure while the hold is on. */
public record PlaceLegalHold(@TargetAggregateId UUID contactId, String reason) {
}
