package io.kontor.api.opportunity;

import java.util.UUID;

/**
 * The contact left the buying center because it and the opportunity's account no longer share a hierarchy:
 * the contact moved to an account outside it ({@code ContactReassigned}), or one of the two accounts moved,
 * with its subtree, under another headquarters ({@code AccountMovedInHierarchy}). The causing event's
 * command is this event's causation; {@code contactNowAtAccountId} is where the contact is now.
 */
public record StakeholderRoleEnded(UUID opportunityId, UUID contactId, UUID contactNowAtAccountId) {
}
