package io.kontor.query.account;

import io.kontor.api.account.AccountClosed;
import io.kontor.api.account.AccountExternalIdsChanged;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountOwnerAssigned;
import io.kontor.api.account.AccountProfileUpdated;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;

import java.time.Instant;
import java.util.UUID;

/**
 * Accounts, their hierarchy and their counted rollups. Runs in one segment: a move and the changes
 * below it must be applied in the order they happened. Each handler skips an event the read model
 * already reflects (its version is the account's last applied sequence number), so a redelivered
 * event changes nothing.
 */
public class AccountProjection {

    private final AccountHierarchyStore store;

    public AccountProjection(AccountHierarchyStore store) {
        this.store = store;
    }

    @EventHandler
    public void on(AccountOpened event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (store.versionOf(event.accountId()).isEmpty()) {
            store.insert(event, sequence, at);
        }
    }

    @EventHandler
    public void on(AccountProfileUpdated event, @SequenceNumber long sequence) {
        store.updateProfile(event.accountId(), event.profile(), sequence);
    }

    @EventHandler
    public void on(AccountOwnerAssigned event, @SequenceNumber long sequence) {
        store.assignOwner(event.accountId(), event.ownerId(), sequence);
    }

    @EventHandler
    public void on(AccountExternalIdsChanged event, @SequenceNumber long sequence) {
        store.setExternalIds(event.accountId(), event.externalIds(), sequence);
    }

    @EventHandler
    public void on(AccountMovedInHierarchy event, @SequenceNumber long sequence) {
        if (isNew(event.accountId(), sequence)) {
            store.move(event.accountId(), event.toParentId(), sequence);
        }
    }

    @EventHandler
    public void on(AccountClosed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (isNew(event.accountId(), sequence)) {
            store.close(event.accountId(), event.reason(), sequence, at);
        }
    }


    private boolean isNew(UUID accountId, long sequence) {
        return store.versionOf(accountId).map(version -> sequence > version).orElse(false);
    }
}
