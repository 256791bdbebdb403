package io.kontor.api.opportunity;

import java.util.UUID;

/** The contact left the buying center because they moved to an account outside the opportunity's hierarchy. */
public record StakeholderRoleEnded(UUID opportunityId, UUID contactId, UUID contactNowAtAccountId) {
}
