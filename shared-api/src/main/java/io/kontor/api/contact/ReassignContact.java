package io.kontor.api.contact;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

/**
 * The person now belongs to another open account (a new job, a promotion); their history goes with them.
 * With {@code formerEmploymentId} (the person left the old company) the move also records a
 * {@code FORMER_EMPLOYEE_OF} relationship to the old account under that id.
 */
public record ReassignContact(@TargetAggregateId UUID contactId, UUID toAccountId, UUID formerEmploymentId) {

    /** A move that records no former employment. */
    public ReassignContact(UUID contactId, UUID toAccountId) {
        this(contactId, toAccountId, null);
    }
}
