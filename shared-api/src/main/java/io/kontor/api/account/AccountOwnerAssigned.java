package io.kontor.api.account;

import java.util.UUID;

public record AccountOwnerAssigned(UUID accountId, UUID ownerId, UUID previousOwnerId) {
}
