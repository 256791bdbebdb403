package io.kontor.api.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An account as the read side knows it, with its place in the hierarchy. {@code ownerId} is the effective owner:
 * the one set by hand if there is one, else the default owner of the account's territory ({@code ownerSource} says which).
 */
public record AccountDetails(UUID id, String name, AccountKind kind, AccountStatus status, UUID parentId,
                             UUID headquartersId, List<UUID> path, String industry, String country,
                             String region, String website, String debtorNumber, Integer employees, UUID ownerId,
                             OwnerSource ownerSource,
                             Instant openedAt, Instant closedAt, String closeReason,
                             Map<String, String> externalIds, long version) {
}
