package io.kontor.command.contact;

import io.kontor.api.common.EmailAddresses;
import io.kontor.api.common.ExternalIds;
import io.kontor.api.contact.AddContact;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactExternalIdsChanged;
import io.kontor.api.contact.ContactReassigned;
import io.kontor.api.contact.ContactRules;
import io.kontor.api.contact.ContactUpdated;
import io.kontor.api.contact.SetContactExternalId;
import io.kontor.api.contact.UpdateContact;
import io.kontor.command.support.ExternalIdRegistry;
import io.kontor.platform.axon.AggregateSnapshots;
import io.kontor.platform.axon.AxonInfrastructureConfiguration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person at an account. A contact belongs to exactly one account and may move to another one; its
 * history goes with it, while the opportunities it took part in stay with their accounts.
 */
@Aggregate(commandTargetResolver = AxonInfrastructureConfiguration.COMMAND_TARGET_RESOLVER,
        snapshotTriggerDefinition = AggregateSnapshots.TRIGGER)
public class Contact {

    @AggregateIdentifier
    private UUID contactId;
    private UUID accountId;
    private ContactDetails details;
    private Map<String, String> externalIds = new TreeMap<>();

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
        if (toAccountId.equals(accountId)) {
            return false;
        }
        registry.registerReassignment(contactId, toAccountId, details.email());
        apply(new ContactReassigned(contactId, accountId, toAccountId));
        return true;
    }

    @CommandHandler
    public void handle(SetContactExternalId command, ExternalIdRegistry registry) {
        Map<String, String> changed = ExternalIds.with(externalIds, command.source(), command.externalId());
        if (!changed.equals(externalIds)) {
            registry.change("CONTACT", contactId, command.source(), externalIds.get(command.source()), changed.get(command.source()));
            apply(new ContactExternalIdsChanged(contactId, changed));
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
}
