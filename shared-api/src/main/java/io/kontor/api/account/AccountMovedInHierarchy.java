package io.kontor.api.account;

import java.util.UUID;

/**
 * The account moved, with its whole subtree, from one parent to another ({@code null} = headquarters).
 * Descendants get no events of their own: their place follows from this one.
 */
public record AccountMovedInHierarchy(UUID accountId, UUID fromParentId, UUID toParentId) {
}
