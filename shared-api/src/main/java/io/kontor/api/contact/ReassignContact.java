package io.kontor.api.contact;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

/** The person now belongs to another open account (a new job, a promotion); their history goes with them. */
public record ReassignContact(@TargetAggregateId UUID contactId, UUID toAccountId) {
}
