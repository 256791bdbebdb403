package io.kontor.command.contact;

import io.kontor.api.contact.ReassignContact;
import io.kontor.api.opportunity.EndStakeholderRole;
import io.kontor.platform.axon.KontorCommandTargetResolver;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Moves a contact to another account and, in the same unit of work and transaction, ends the
 * stakeholder roles it held on open opportunities outside the new account's hierarchy (a person who
 * changed employer no longer sits in the old customer's buying center). Either all of it happens or none.
 */
@Component
public class ContactReassignment {

    private final Repository<Contact> contacts;
    private final ContactRegistry registry;
    private final CommandGateway commands;

    public ContactReassignment(@Qualifier("contactRepository") Repository<Contact> contacts, ContactRegistry registry,
                               CommandGateway commands) {
        this.contacts = contacts;
        this.registry = registry;
        this.commands = commands;
    }

    @CommandHandler
    public void handle(ReassignContact command, MetaData metaData) {
        UUID contactId = command.contactId();
        boolean moved = contacts.load(contactId.toString(), KontorCommandTargetResolver.expectedVersion(metaData))
                .invoke(contact -> contact.reassignTo(command.toAccountId(), registry));
        if (!moved) {
            return;
        }
        for (UUID opportunityId : registry.stakeholderRolesOutsideHierarchyOf(contactId, command.toAccountId())) {
            // Dispatched within this unit of work: it joins its transaction and commits or rolls back with it.
            commands.sendAndWait(new EndStakeholderRole(opportunityId, contactId, command.toAccountId()));
        }
    }
}
