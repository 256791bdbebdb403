package io.kontor.command.imports;

import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountOwnerAssigned;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.AccountProfileUpdated;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactReassigned;
import io.kontor.api.contact.ContactUpdated;
import io.kontor.api.lead.LeadDisqualified;
import io.kontor.api.lead.LeadQualified;
import io.kontor.api.opportunity.OpportunityLost;
import io.kontor.api.opportunity.OpportunityOpened;
import io.kontor.api.opportunity.OpportunityStageChanged;
import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.OpportunityUpdated;
import io.kontor.api.opportunity.OpportunityWon;
import io.kontor.api.opportunity.Stage;
import io.kontor.platform.axon.AuditMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A record's history as an import's revert reads it: the record as it was just before the import's first
 * event on it, whether the import closed it (won, lost, qualified, disqualified: Kontor takes none of those
 * back), and the events others caused after the import's last one. Undoing is derived from the history
 * itself, never from a copy kept on the side.
 */
final class RecordHistory {

    /** An event someone else caused after the import. */
    record Foreign(String event, String principal) {
    }

    AccountProfile profile;
    UUID parent;
    UUID owner;
    ContactDetails details;
    UUID account;
    OpportunityTerms terms;
    Stage stage;
    boolean closedByImport;
    /** The record as it is now (the fields above are as it was before the import). */
    RecordHistory now;
    final List<Foreign> changedSince = new ArrayList<>();

    private RecordHistory() {
    }

    static RecordHistory read(EventStore events, UUID aggregateId, String importId) {
        RecordHistory history = new RecordHistory();
        RecordHistory current = new RecordHistory();
        boolean seenOwn = false;
        DomainEventStream stream = events.readEvents(aggregateId.toString());
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            boolean own = importId.equals(event.getMetaData().get(AuditMetadata.IMPORT_ID));
            if (own && !seenOwn) {
                history.copyStateOf(current);
                seenOwn = true;
            }
            if (own) {
                history.changedSince.clear();
                history.closedByImport |= closes(event.getPayload());
            } else if (seenOwn) {
                Object principal = event.getMetaData().get(AuditMetadata.PRINCIPAL);
                history.changedSince.add(new Foreign(event.getPayloadType().getSimpleName(), principal == null ? null : principal.toString()));
            }
            current.apply(event.getPayload());
        }
        history.now = current;
        return history;
    }

    private static boolean closes(Object event) {
        return event instanceof OpportunityWon || event instanceof OpportunityLost || event instanceof LeadQualified
                || event instanceof LeadDisqualified;
    }

    private void apply(Object event) {
        if (event instanceof AccountOpened opened) {
            profile = opened.profile();
            parent = opened.parentId();
            owner = opened.ownerId();
        } else if (event instanceof AccountProfileUpdated updated) {
            profile = updated.profile();
        } else if (event instanceof AccountMovedInHierarchy moved) {
            parent = moved.toParentId();
        } else if (event instanceof AccountOwnerAssigned assigned) {
            owner = assigned.ownerId();
        } else if (event instanceof ContactAdded added) {
            details = added.details();
            account = added.accountId();
        } else if (event instanceof ContactUpdated updated) {
            details = updated.details();
        } else if (event instanceof ContactReassigned reassigned) {
            account = reassigned.toAccountId();
        } else if (event instanceof OpportunityOpened opened) {
            terms = opened.terms();
            stage = opened.stage();
        } else if (event instanceof OpportunityUpdated updated) {
            terms = updated.terms();
        } else if (event instanceof OpportunityStageChanged changed) {
            stage = changed.toStage();
        }
    }

    private void copyStateOf(RecordHistory other) {
        profile = other.profile;
        parent = other.parent;
        owner = other.owner;
        details = other.details;
        account = other.account;
        terms = other.terms;
        stage = other.stage;
    }
}
