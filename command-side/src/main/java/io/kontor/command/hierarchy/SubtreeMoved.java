package io.kontor.command.hierarchy;

import java.util.Set;
import java.util.UUID;

/**
 * The account moved with its subtree from one headquarters to another. {@code subtree} holds the moved
 * accounts (the account itself included) when the headquarters changed, and is empty otherwise.
 */
public record SubtreeMoved(UUID accountId, Set<UUID> subtree, UUID fromHeadquartersId, UUID toHeadquartersId)
        implements HierarchyChange {
}
