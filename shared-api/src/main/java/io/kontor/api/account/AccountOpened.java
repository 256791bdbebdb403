package io.kontor.api.account;

import java.util.UUID;

public record AccountOpened(UUID accountId, AccountProfile profile, UUID parentId, UUID ownerId) {
}
