package io.kontor.api.account;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** An account opened; {@code externalIds} are its ids in other systems (an imported account opens with them). */
public record AccountOpened(UUID accountId, AccountProfile profile, UUID parentId, UUID ownerId,
                            Map<String, String> externalIds) {

    public AccountOpened {
        // Events stored before imports existed have none.
        externalIds = externalIds == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(externalIds));
    }

    public AccountOpened(UUID accountId, AccountProfile profile, UUID parentId, UUID ownerId) {
        this(accountId, profile, parentId, ownerId, Map.of());
    }
}
