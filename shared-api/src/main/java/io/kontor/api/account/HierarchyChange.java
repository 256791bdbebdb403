package io.kontor.api.account;

import java.time.Instant;
import java.util.UUID;

/** An account opened or closed in a tree, where it stood then and when. */
public record HierarchyChange(UUID accountId, String name, UUID parentId, String parentName, Instant at) {
}
