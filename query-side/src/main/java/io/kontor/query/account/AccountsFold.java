package io.kontor.query.account;

import io.kontor.api.account.AccountClosed;
import io.kontor.api.account.AccountExternalIdsChanged;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountOwnerAssigned;
import io.kontor.api.account.AccountProfileUpdated;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactReassigned;
import io.kontor.api.opportunity.OpportunityLost;
import io.kontor.api.opportunity.OpportunityOpened;
import io.kontor.api.opportunity.OpportunityStageChanged;
import io.kontor.api.opportunity.OpportunityStatus;
import io.kontor.api.opportunity.OpportunityUpdated;
import io.kontor.api.opportunity.OpportunityWon;
import io.kontor.query.account.OpportunityFacts.Fact;
import io.kontor.query.readmodel.BulkFold;
import io.kontor.query.readmodel.BulkRows;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The accounts read model rebuilt in memory: each account's own state, where each contact sits and what
 * each opportunity contributes, folded event by event with the projection's rules (an event at or below
 * what an entity reflects changes nothing). Paths, depths and rollups are computed once, at the end,
 * from the final tree ({@link AccountsFoldRows}), instead of being moved along with every move.
 */
final class AccountsFold implements BulkFold {

    final Map<UUID, FoldedAccount> accounts = new LinkedHashMap<>();
    final Map<UUID, FoldedContact> contacts = new HashMap<>();
    final Map<UUID, Fact> facts = new LinkedHashMap<>();

    @Override
    public void apply(EventMessage<?> event, BulkRows rows) {
        if (!(event instanceof DomainEventMessage<?> domain)) {
            return;
        }
        long sequence = domain.getSequenceNumber();
        Object payload = event.getPayload();
        if (payload instanceof AccountOpened opened) {
            accounts.computeIfAbsent(opened.accountId(), id -> new FoldedAccount(opened, event.getTimestamp(), sequence));
        } else if (payload instanceof AccountProfileUpdated updated) {
            account(updated.accountId(), sequence, a -> a.profile = updated.profile());
        } else if (payload instanceof AccountExternalIdsChanged changed) {
            account(changed.accountId(), sequence, a -> a.externalIds = changed.externalIds());
        } else if (payload instanceof AccountOwnerAssigned assigned) {
            account(assigned.accountId(), sequence, a -> a.ownerId = assigned.ownerId());
        } else if (payload instanceof AccountMovedInHierarchy moved) {
            account(moved.accountId(), sequence, a -> a.parentId = moved.toParentId());
        } else if (payload instanceof AccountClosed closed) {
            account(closed.accountId(), sequence, a -> {
                a.open = false;
                a.closedAt = event.getTimestamp();
                a.closeReason = closed.reason();
            });
        } else if (payload instanceof ContactAdded added) {
            contacts.computeIfAbsent(added.contactId(), id -> new FoldedContact(added.accountId(), sequence));
        } else if (payload instanceof ContactReassigned reassigned) {
            FoldedContact contact = contacts.get(reassigned.contactId());
            if (contact != null && sequence > contact.version) {
                contact.accountId = reassigned.toAccountId();
                contact.version = sequence;
            }
        } else {
            applyToOpportunity(payload, sequence);
        }
    }

    private void applyToOpportunity(Object payload, long sequence) {
        if (payload instanceof OpportunityOpened opened) {
            facts.computeIfAbsent(opened.opportunityId(), id -> new Fact(id, opened.accountId(), OpportunityStatus.OPEN,
                    opened.stage(), opened.terms().value().amount(), opened.terms().value().currency(), opened.probability(),
                    sequence));
        } else if (payload instanceof OpportunityUpdated updated) {
            fact(updated.opportunityId(), sequence, f -> f.with(f.status(), f.stage(), updated.terms().value().amount(),
                    updated.terms().value().currency(), updated.probability(), sequence));
        } else if (payload instanceof OpportunityStageChanged changed) {
            fact(changed.opportunityId(), sequence, f -> f.with(f.status(), changed.toStage(), f.amount(), f.currency(),
                    changed.probability(), sequence));
        } else if (payload instanceof OpportunityWon won) {
            fact(won.opportunityId(), sequence, f -> f.with(OpportunityStatus.WON, f.stage(), f.amount(), f.currency(), 100,
                    sequence));
        } else if (payload instanceof OpportunityLost lost) {
            fact(lost.opportunityId(), sequence, f -> f.with(OpportunityStatus.LOST, f.stage(), f.amount(), f.currency(), 0,
                    sequence));
        }
    }

    @Override
    public void finish(BulkRows rows) {
        new AccountsFoldRows(this).writeTo(rows);
    }

    private void account(UUID accountId, long sequence, java.util.function.Consumer<FoldedAccount> change) {
        FoldedAccount account = accounts.get(accountId);
        if (account != null && sequence > account.version) {
            change.accept(account);
            account.version = sequence;
        }
    }

    private void fact(UUID opportunityId, long sequence, UnaryOperator<Fact> change) {
        Fact before = facts.get(opportunityId);
        if (before != null && sequence > before.version()) {
            facts.put(opportunityId, change.apply(before));
        }
    }

    /** An account as the fold knows it: what {@code account_view} holds, before paths are known. */
    static final class FoldedAccount {
        final UUID id;
        io.kontor.api.account.AccountProfile profile;
        UUID parentId;
        UUID ownerId;
        boolean open = true;
        final java.time.Instant openedAt;
        java.time.Instant closedAt;
        String closeReason;
        Map<String, String> externalIds;
        long version;

        FoldedAccount(AccountOpened opened, java.time.Instant at, long sequence) {
            this.id = opened.accountId();
            this.externalIds = opened.externalIds();
            this.profile = opened.profile();
            this.parentId = opened.parentId();
            this.ownerId = opened.ownerId();
            this.openedAt = at;
            this.version = sequence;
        }
    }

    /** Where a contact sits, and the last event that said so. */
    static final class FoldedContact {
        UUID accountId;
        long version;

        FoldedContact(UUID accountId, long version) {
            this.accountId = accountId;
            this.version = version;
        }
    }
}
