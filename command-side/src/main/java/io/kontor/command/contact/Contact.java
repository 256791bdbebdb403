package io.kontor.command.contact;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.DataSubject;
import io.kontor.api.common.EmailAddresses;
import io.kontor.api.contact.AddContact;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactErased;
import io.kontor.api.contact.ContactReassigned;
import io.kontor.api.contact.ContactRules;
import io.kontor.api.contact.ContactUpdated;
import io.kontor.api.contact.EraseContact;
import io.kontor.api.contact.LegalHoldLifted;
import io.kontor.api.contact.LegalHoldPlaced;
import io.kontor.api.contact.LiftLegalHold;
import io.kontor.api.contact.PlaceLegalHold;
import io.kontor.api.contact.UpdateContact;
import io.kontor.api.privacy.PrivacyRules;
import io.kontor.platform.axon.AggregateSnapshots;
import io.kontor.platform.axon.AxonInfrastructureConfiguration;
import io.kontor.platform.privacy.SubjectKeys;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person at an account. A contact belongs to exactly one account and may move to another one; its
 * history goes with it, while the opportunities it took part in stay with their accounts. An erased
 * contact keeps its place (its account, its seats) but no personal data, and takes no further change;
 * a legal hold keeps it from being erased.
 */
@Aggregate(commandTargetResolver = AxonInfrastructureConfiguration.COMMAND_TARGET_RESOLVER,
        snapshotTriggerDefinition = AggregateSnapshots.TRIGGER)
public class Contact {

    @AggregateIdentifier
    @DataSubject
    private UUID contactId;
    private UUID accountId;
    private ContactDetails details;
    private String legalHold;
    private boolean erased;

    protected Contact() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public Contact(AddContact command, ContactRegistry registry) {
        ContactDetails added = command.details().normalized();
        ContactRules.check(added);
        registry.registerAdded(command.contactId(), command.accountId(), added.email());
        apply(new ContactAdded(command.contactId(), command.accountId(), added));
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

    /** Called by {@link ContactReassignment}, which also ends the stakeholder roles the move leaves behind. */
    boolean reassignTo(UUID toAccountId, ContactRegistry registry) {
        requireNotErased("reassigned");
        if (toAccountId.equals(accountId)) {
            return false;
        }
        registry.registerReassignment(contactId, toAccountId, details.email());
        apply(new ContactReassigned(contactId, accountId, toAccountId));
        return true;
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
    void on(LegalHoldPlaced event) {
        legalHold = event.reason();
    }

    @EventSourcingHandler
    void on(LegalHoldLifted event) {
        legalHold = null;
    }

    @EventSourcingHandler
    void on(ContactErased event) {
        erased = true;
        details = details.erased();
    }
}
