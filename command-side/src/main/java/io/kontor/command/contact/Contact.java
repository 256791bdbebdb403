package io.kontor.command.contact;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.DataSubject;
import io.kontor.api.common.EmailAddresses;
import io.kontor.api.common.ExternalIds;
import io.kontor.api.common.Notes;
import io.kontor.api.contact.AddContact;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactErased;
import io.kontor.api.contact.ContactExternalIdsChanged;
import io.kontor.api.contact.ContactReassigned;
import io.kontor.api.contact.ContactRules;
import io.kontor.api.contact.ContactUpdated;
import io.kontor.api.contact.EraseContact;
import io.kontor.api.contact.LegalHoldLifted;
import io.kontor.api.contact.LegalHoldPlaced;
import io.kontor.api.contact.LiftLegalHold;
import io.kontor.api.contact.PlaceLegalHold;
import io.kontor.api.contact.SetContactExternalId;
import io.kontor.api.contact.UpdateContact;
import io.kontor.api.privacy.PrivacyRules;
import io.kontor.command.support.ExternalIdRegistry;
import io.kontor.api.relationship.AddRelationship;
import io.kontor.api.relationship.EndRelationship;
import io.kontor.api.relationship.Relationship;
import io.kontor.api.relationship.RelationshipAdded;
import io.kontor.api.relationship.RelationshipEndCause;
import io.kontor.api.relationship.RelationshipEnded;
import io.kontor.api.relationship.RelationshipRules;
import io.kontor.api.relationship.RelationshipType;
import io.kontor.api.relationship.RelationshipUpdated;
import io.kontor.api.relationship.UpdateRelationship;
import io.kontor.command.hierarchy.ContactMoved;
import io.kontor.command.relationship.CurrentRelationships;
import io.kontor.command.relationship.RelationshipRegistry;
import io.kontor.platform.axon.AggregateSnapshots;
import io.kontor.platform.axon.AxonInfrastructureConfiguration;
import io.kontor.platform.privacy.SubjectKeys;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person at an account. A contact belongs to exactly one account and may move to another one; its
 * history goes with it, while the opportunities it took part in stay with their accounts. It owns its
 * outgoing relationships (to other people, or to a former employer), so every change of one is an
 * event in its history and "at most one current manager" is its own invariant. An erased contact keeps
 * its place (its account, its seats, its relationships) but no personal data, and takes no further
 * change; a legal hold keeps it from being erased.
 */
@Aggregate(commandTargetResolver = AxonInfrastructureConfiguration.COMMAND_TARGET_RESOLVER,
        snapshotTriggerDefinition = AggregateSnapshots.TRIGGER)
public class Contact {

    @AggregateIdentifier
    @DataSubject
    private UUID contactId;
    private UUID accountId;
    private ContactDetails details;
    private Map<String, String> externalIds = new TreeMap<>();
    private Map<UUID, Relationship> relationships = new LinkedHashMap<>();
    private String legalHold;
    private boolean erased;

    protected Contact() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public Contact(AddContact command, ContactRegistry registry, ExternalIdRegistry externalIdRegistry) {
        ContactDetails added = command.details().normalized();
        ContactRules.check(added);
        Map<String, String> sourceIds = ExternalIds.checked(command.externalIds());
        registry.registerAdded(command.contactId(), command.accountId(), added.email());
        externalIdRegistry.claim("CONTACT", command.contactId(), sourceIds);
        apply(new ContactAdded(command.contactId(), command.accountId(), added, sourceIds));
    }

    @CommandHandler
    public void handle(UpdateContact command, ContactRegistry registry) {
        requireNotErased("changed");
        ContactDetails updated = command.patch().applyTo(details);
        ContactRules.check(updated);
        if (updated.equals(details)) {
            return;
        }
        if (!Objects.equals(EmailAddresses.key(updated.email()), EmailAddresses.key(details.email()))) {
            registry.registerEmailChange(contactId, accountId, updated.email());
        }
        apply(new ContactUpdated(contactId, updated));
    }

    /**
     * Called by {@link ContactReassignment}, which also ends the links the move leaves behind. With a
     * {@code formerEmploymentId} the person left the old company: FORMER_EMPLOYEE_OF the old account.
     *
     * @return what moved, or {@code null} if nothing did (the contact is at that account already)
     */
    ContactMoved reassignTo(UUID toAccountId, UUID formerEmploymentId, ContactRegistry registry,
                            RelationshipRegistry relationshipRegistry) {
        requireNotErased("reassigned");
        if (toAccountId.equals(accountId)) {
            return null;
        }
        UUID fromAccountId = accountId;
        ContactMoved moved = registry.registerReassignment(contactId, fromAccountId, toAccountId, details.email());
        apply(new ContactReassigned(contactId, fromAccountId, toAccountId));
        RelationshipType former = RelationshipType.FORMER_EMPLOYEE_OF;
        if (formerEmploymentId != null && !CurrentRelationships.hasCurrent(relationships.values(), former, fromAccountId)) {
            relationshipRegistry.registerAdded(formerEmploymentId, contactId, former, null, fromAccountId);
            apply(new RelationshipAdded(contactId, formerEmploymentId, former, null, fromAccountId, 3, 0,
                    RelationshipRules.today(), null));
        }
        return moved;
    }

    @CommandHandler
    public void handle(AddRelationship command, RelationshipRegistry registry) {
        requireNotErased("given a relationship");
        String note = Notes.normalized(command.note());
        RelationshipRules.checkAdded(contactId, command.type(), command.toContactId(), command.toAccountId(),
                command.strength(), command.sentiment(), command.validFrom(), note);
        UUID target = command.type().pointsAtAccount() ? command.toAccountId() : command.toContactId();
        CurrentRelationships.requireAddable(relationships.values(), contactId, command.type(), target);
        registry.registerAdded(command.relationshipId(), contactId, command.type(), command.toContactId(), command.toAccountId());
        apply(new RelationshipAdded(contactId, command.relationshipId(), command.type(), command.toContactId(),
                command.toAccountId(), command.strength(), command.sentiment(), command.validFrom(), note));
    }

    @CommandHandler
    public void handle(UpdateRelationship command) {
        requireNotErased("changed");
        Relationship current = CurrentRelationships.find(relationships, contactId, command.relationshipId());
        CurrentRelationships.requireCurrent(current, contactId);
        int strength = command.strength().applyTo(current.strength());
        int sentiment = command.sentiment().applyTo(current.sentiment());
        String note = Notes.normalized(command.note().applyTo(current.note()));
        RelationshipRules.checkUpdated(strength, sentiment, note);
        if (strength != current.strength() || sentiment != current.sentiment() || !Objects.equals(note, current.note())) {
            apply(new RelationshipUpdated(contactId, current.relationshipId(), strength, sentiment, note));
        }
    }

    /** Ending an ended relationship changes nothing; a hierarchy change never ends one before it began. */
    @CommandHandler
    public void handle(EndRelationship command, RelationshipRegistry registry) {
        Relationship current = CurrentRelationships.find(relationships, contactId, command.relationshipId());
        if (!current.isCurrent()) {
            return;
        }
        LocalDate validTo = command.validTo();
        if (command.cause() != RelationshipEndCause.ENDED && validTo.isBefore(current.validFrom())) {
            validTo = current.validFrom();
        }
        RelationshipRules.checkEnded(current.validFrom(), validTo);
        registry.registerEnded(current.relationshipId());
        apply(new RelationshipEnded(contactId, current.relationshipId(), validTo, command.cause(), command.causedBy()));
    }

    @CommandHandler
    public void handle(SetContactExternalId command, ExternalIdRegistry registry) {
        registry.change("CONTACT", contactId, externalIds, command.source(), command.externalId())
                .ifPresent(changed -> apply(new ContactExternalIdsChanged(contactId, changed)));
    }

    /** Destroys the contact's key in this transaction: every event of its history reads "[erased]" from the commit on. */
    @CommandHandler
    public void handle(EraseContact command, SubjectKeys keys, ContactRegistry registry) {
        PrivacyRules.checkReason(command.reason());
        if (erased) {
            return;
        }
        if (legalHold != null) {
            throw new BusinessRuleViolation("legal-hold", "Contact " + contactId + " is under a legal hold (" + legalHold
                    + ") and cannot be erased until the hold is lifted.", Map.of("contactId", contactId));
        }
        keys.destroy(contactId);
        registry.erase(contactId);
        apply(new ContactErased(contactId, command.erasureId(), command.reason().strip()));
    }

    @CommandHandler
    public void handle(PlaceLegalHold command) {
        PrivacyRules.checkReason(command.reason());
        requireNotErased("put under a legal hold");
        String reason = command.reason().strip();
        if (!reason.equals(legalHold)) {
            apply(new LegalHoldPlaced(contactId, reason));
        }
    }

    @CommandHandler
    public void handle(LiftLegalHold command) {
        if (command.reason() != null) {
            PrivacyRules.checkReason(command.reason());
        }
        if (legalHold != null) {
            apply(new LegalHoldLifted(contactId, command.reason() == null ? null : command.reason().strip()));
        }
    }

    private void requireNotErased(String action) {
        if (erased) {
            throw new BusinessRuleViolation("contact-erased", "Contact " + contactId + " has been erased and cannot be "
                    + action + ".", Map.of("contactId", contactId));
        }
    }

    @EventSourcingHandler
    void on(ContactAdded event) {
        contactId = event.contactId();
        accountId = event.accountId();
        details = event.details();
        externalIds = new TreeMap<>(event.externalIds());
    }

    @EventSourcingHandler
    void on(ContactUpdated event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(ContactReassigned event) {
        accountId = event.toAccountId();
    }

    @EventSourcingHandler
    void on(ContactExternalIdsChanged event) {
        externalIds = new TreeMap<>(event.externalIds());
    }

    @EventSourcingHandler
    void on(RelationshipAdded event) {
        relationships.put(event.relationshipId(), Relationship.added(event));
    }

    @EventSourcingHandler
    void on(RelationshipUpdated event) {
        relationships.computeIfPresent(event.relationshipId(), (id, relationship) -> relationship.updated(event));
    }

    @EventSourcingHandler
    void on(RelationshipEnded event) {
        relationships.computeIfPresent(event.relationshipId(), (id, relationship) -> relationship.ended(event));
    }

    @EventSourcingHandler
    void on(LegalHoldPlaced event) {
        legalHold = event.reason();
    }

    @EventSourcingHandler
    void on(LegalHoldLifted event) {
        legalHold = null;
    }

    /** The relationships' notes are the contact's personal data too: they read "[erased]" like its details. */
    @EventSourcingHandler
    void on(ContactErased event) {
        erased = true;
        details = details.erased();
        relationships.replaceAll((id, relationship) -> relationship.erased());
    }
}
