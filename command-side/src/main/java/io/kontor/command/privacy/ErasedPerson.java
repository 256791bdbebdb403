package io.kontor.command.privacy;

import io.kontor.api.common.EmailAddresses;
import io.kontor.api.common.NotFoundException;
import io.kontor.command.contact.ContactRegistry;
import io.kontor.command.lead.LeadRegistry;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Who "the person" of an erasure is: the contact, lead or email named, and everything that is provably the
 * same person. Two records are the same person when they share an email address (compared without case)
 * or when a lead was converted into the contact. The search follows those links until nothing new turns
 * up, through the registries the command side already keeps.
 */
@Component
public class ErasedPerson {

    private final ContactRegistry contacts;
    private final LeadRegistry leads;

    public ErasedPerson(ContactRegistry contacts, LeadRegistry leads) {
        this.contacts = contacts;
        this.leads = leads;
    }

    /** The records of one person, with the email addresses they held. */
    public record Records(Set<UUID> contactIds, Set<UUID> leadIds, Set<String> emails) {
    }

    public Records of(UUID contactId, UUID leadId, String email) {
        Records found = new Records(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        Deque<Object> next = new ArrayDeque<>();
        if (contactId != null) {
            contacts.registrationOf(contactId).orElseThrow(() -> new NotFoundException("contact", contactId));
            next.add(new Contact(contactId));
        }
        if (leadId != null) {
            leads.registrationOf(leadId).orElseThrow(() -> new NotFoundException("lead", leadId));
            next.add(new Lead(leadId));
        }
        if (email != null) {
            next.add(email);
        }
        while (!next.isEmpty()) {
            Object item = next.poll();
            if (item instanceof Contact contact && found.contactIds().add(contact.id())) {
                contacts.registrationOf(contact.id()).map(ContactRegistry.Registration::email).ifPresent(next::add);
                leads.leadsOf(null, contact.id()).forEach(lead -> next.add(new Lead(lead.leadId())));
            } else if (item instanceof Lead lead && found.leadIds().add(lead.id())) {
                leads.registrationOf(lead.id()).ifPresent(registration -> {
                    if (registration.email() != null) {
                        next.add(registration.email());
                    }
                    if (registration.contactId() != null) {
                        next.add(new Contact(registration.contactId()));
                    }
                });
            } else if (item instanceof String address && found.emails().add(EmailAddresses.key(address))) {
                contacts.contactsWithEmail(address).forEach(id -> next.add(new Contact(id)));
                leads.leadsOf(address, null).forEach(lead -> next.add(new Lead(lead.leadId())));
            }
        }
        if (found.contactIds().isEmpty() && found.leadIds().isEmpty()) {
            throw new NotFoundException("No contact or lead has this email address.");
        }
        return found;
    }

    private record Contact(UUID id) {
    }

    private record Lead(UUID id) {
    }
}
