package io.kontor.query.audit;

import io.kontor.api.account.AccountClosed;
import io.kontor.api.account.AccountExternalIdsChanged;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountOwnerAssigned;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.AccountProfileUpdated;
import io.kontor.api.account.AccountStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** An account's own state at an instant, folded from its own events up to then. */
record AccountState(UUID id, Instant asOf, AccountProfile profile, AccountStatus status, UUID parentId,
                    UUID ownerId, Instant openedAt, Instant closedAt, String closeReason, Map<String, String> externalIds,
                    long version) {

    /** Folds the events; empty if the account did not exist yet at {@code asOf}. */
    static Optional<AccountState> fold(UUID id, Instant asOf, List<StoredEvent> events) {
        AccountState state = null;
        for (StoredEvent event : events) {
            if (event.timestamp().isAfter(asOf)) {
                break;
            }
            state = apply(state, id, asOf, event);
        }
        return Optional.ofNullable(state);
    }

    private static AccountState apply(AccountState s, UUID id, Instant asOf, StoredEvent event) {
        long version = event.sequence();
        Object payload = event.payload();
        if (payload instanceof AccountOpened opened) {
            return new AccountState(id, asOf, opened.profile(), AccountStatus.OPEN, opened.parentId(), opened.ownerId(),
                    event.timestamp(), null, null, opened.externalIds(), version);
        } else if (s == null) {
            return null;
        } else if (payload instanceof AccountProfileUpdated updated) {
            return new AccountState(id, asOf, updated.profile(), s.status, s.parentId, s.ownerId, s.openedAt, s.closedAt,
                    s.closeReason, s.externalIds, version);
        } else if (payload instanceof AccountMovedInHierarchy moved) {
            return new AccountState(id, asOf, s.profile, s.status, moved.toParentId(), s.ownerId, s.openedAt, s.closedAt,
                    s.closeReason, s.externalIds, version);
        } else if (payload instanceof AccountOwnerAssigned assigned) {
            return new AccountState(id, asOf, s.profile, s.status, s.parentId, assigned.ownerId(), s.openedAt, s.closedAt,
                    s.closeReason, s.externalIds, version);
        } else if (payload instanceof AccountClosed closed) {
            return new AccountState(id, asOf, s.profile, AccountStatus.CLOSED, s.parentId, s.ownerId, s.openedAt,
                    event.timestamp(), closed.reason(), s.externalIds, version);
        } else if (payload instanceof AccountExternalIdsChanged changed) {
            return new AccountState(id, asOf, s.profile, s.status, s.parentId, s.ownerId, s.openedAt, s.closedAt,
                    s.closeReason, changed.externalIds(), version);
        }
        return new AccountState(id, asOf, s.profile, s.status, s.parentId, s.ownerId, s.openedAt, s.closedAt,
                s.closeReason, s.externalIds, version);
    }

    /** The parent an account had at {@code asOf}, from its placement events only. */
    static UUID parentAt(Instant asOf, List<StoredEvent> placements) {
        UUID parent = null;
        for (StoredEvent event : placements) {
            if (event.timestamp().isAfter(asOf)) {
                break;
            }
            if (event.payload() instanceof AccountOpened opened) {
                parent = opened.parentId();
            } else if (event.payload() instanceof AccountMovedInHierarchy moved) {
                parent = moved.toParentId();
            }
        }
        return parent;
    }
}
