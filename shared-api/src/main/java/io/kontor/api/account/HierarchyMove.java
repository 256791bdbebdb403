package io.kontor.api.account;

import java.time.Instant;
import java.util.UUID;

/** An account moved (with its subtree) into, out of or within a tree: from which parent to which, and when. */
public record HierarchyMove(UUID accountId, String name, UUID fromParentId, String fromParentName, UUID toParentId,
                            String toParentName, Instant at, MoveDirection direction) {
}
