package io.kontor.query.audit;

import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An account as it was at an instant, rebuilt from events, in the shape of {@code GET /api/accounts/{id}}
 * (its place in the hierarchy included: headquarters and path as they stood then), plus {@code asOf}.
 */
public record AccountAsOf(UUID id, String name, AccountKind kind, AccountStatus status, UUID parentId,
                          UUID headquartersId, List<UUID> path, String industry, String country, String region,
                          String website, String debtorNumber, Integer employees, UUID ownerId,
                          io.kontor.api.account.OwnerSource ownerSource, Instant openedAt, Instant closedAt,
                          String closeReason, Map<String, String> externalIds, long version, Instant asOf) {

    static AccountAsOf of(AccountState state, List<UUID> path) {
        return new AccountAsOf(state.id(), state.profile().name(), state.profile().kind(), state.status(), state.parentId(),
                path.get(0), path, state.profile().industry(), state.profile().country(), state.profile().region(),
                state.profile().website(), state.profile().debtorNumber(), state.profile().employees(), state.ownerId(),
                state.ownerId() == null ? null : io.kontor.api.account.OwnerSource.HAND, state.openedAt(),
                state.closedAt(), state.closeReason(), state.externalIds(), state.version(), state.asOf());
    }
}
