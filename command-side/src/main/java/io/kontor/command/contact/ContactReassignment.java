package io.kontor.command.contact;

import io.kontor.api.contact.ReassignContact;
import io.kontor.command.hierarchy.ContactMoved;
import io.kontor.command.hierarchy.HierarchySplits;
import io.kontor.command.relationship.RelationshipRegistry;
import io.kontor.platform.axon.KontorCommandTargetResolver;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Moves a contact to another account and, in the same unit of work and transaction, ends every link it
 * held into the hierarchy it left ({@link HierarchySplits}): a person who changed employer no longer sits
 * in the old customer's buying centers, and their relationships with the old customer's people end.
 * Either all of it happens or none. A person who left the old company is recorded as its former employee.
 */
@Component
public class ContactReassignment {

    private final Repository<Contact> contacts;
    private final ContactRegistry registry;
    private final RelationshipRegistry relationships;
    private final HierarchySplits splits;

    public ContactReassignment(@Qualifier("contactRepository") Repository<Contact> contacts, ContactRegistry registry,
                               RelationshipRegistry relationships, HierarchySplits splits) {
        this.contacts = contacts;
        this.registry = registry;
        this.relationships = relationships;
        this.splits = splits;
    }

    @CommandHandler
    public void handle(ReassignContact command, MetaData metaData) {
        ContactMoved moved = contacts.load(command.contactId().toString(), KontorCommandTargetResolver.expectedVersion(metaData))
                .invoke(contact -> contact.reassignTo(command.toAccountId(), command.formerEmploymentId(), registry,
                        relationships));
        splits.endLinksSplitBy(moved);
    }
}
