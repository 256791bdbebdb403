package io.kontor.api.opportunity;

import java.util.UUID;

public record StakeholderRemoved(UUID opportunityId, UUID contactId) {
}
