package io.kontor.api.opportunity;

import java.util.UUID;

public record StakeholderPlaced(UUID opportunityId, UUID contactId, StakeholderRole role, int influence, int interest) {
}
