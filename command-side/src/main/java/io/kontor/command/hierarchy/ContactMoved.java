package io.kontor.command.hierarchy;

import java.util.UUID;

/** The contact moved from one account to another, and with it perhaps from one hierarchy to another. */
public record ContactMoved(UUID contactId, UUID fromAccountId, UUID toAccountId, UUID fromHeadquartersId,
                           UUID toHeadquartersId) implements HierarchyChange {
}
