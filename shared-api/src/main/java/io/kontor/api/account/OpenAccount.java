package io.kontor.api.account;

import io.kontor.api.common.TargetAggregateId;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Opens an account, as a headquarters or (with {@code parentId}) under an open parent; {@code externalIds}
 * (source to id, such as {@code salesforce}) are its ids in other systems, claimed as it opens.
 */
public record OpenAccount(@TargetAggregateId UUID accountId, AccountProfile profile, UUID parentId, UUID ownerId,
                          Map<String, String> externalIds) {

    public OpenAccount {
        // An import gives the source ids of the records it creates; a request over HTTP gives none.
        externalIds = externalIds == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(externalIds));
    }

    public OpenAccount(UUID accountId, AccountProfile profile, UUID parentId, UUID ownerId) {
        this(accountId, profile, parentId, ownerId, Map.of());
    }
}
