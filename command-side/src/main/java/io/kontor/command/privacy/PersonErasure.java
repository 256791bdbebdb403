package io.kontor.command.privacy;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.EmailAddresses;
import io.kontor.api.common.InvalidInputException;
import io.kontor.api.contact.EraseContact;
import io.kontor.api.lead.EraseLead;
import io.kontor.api.privacy.ErasePerson;
import io.kontor.api.privacy.Erasure;
import io.kontor.api.privacy.PrivacyRules;
import io.kontor.platform.privacy.PersonalTraces;
import io.kontor.platform.privacy.SubjectKeys;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Erases a person in one unit of work and one transaction: each of their contacts and leads destroys its
 * key and records its erasure, then the traces outside the event store go (snapshots, dead letters, stored
 * idempotent answers). A legal hold on any of the contacts refuses the whole erasure and nothing changes.
 */
@Component
public class PersonErasure {

    private final ErasedPerson persons;
    private final SubjectKeys keys;
    private final PersonalTraces traces;
    private final CommandGateway commands;

    public PersonErasure(ErasedPerson persons, SubjectKeys keys, PersonalTraces traces, CommandGateway commands) {
        this.persons = persons;
        this.keys = keys;
        this.traces = traces;
        this.commands = commands;
    }

    @CommandHandler
    public Erasure handle(ErasePerson command) {
        check(command);
        ErasedPerson.Records person = persons.of(command.contactId(), command.leadId(),
                command.email() == null ? null : command.email().strip());
        List<UUID> contacts = person.contactIds().stream().filter(id -> !keys.isErased(id)).toList();
        List<UUID> leads = person.leadIds().stream().filter(id -> !keys.isErased(id)).toList();
        if (contacts.isEmpty() && leads.isEmpty()) {
            throw new BusinessRuleViolation("person-already-erased", "Every contact and lead of this person has been erased "
                    + "already.", Map.of("contactIds", person.contactIds(), "leadIds", person.leadIds()));
        }
        // Dispatched within this unit of work: each joins its transaction and commits or rolls back with it.
        contacts.forEach(id -> commands.sendAndWait(new EraseContact(id, command.erasureId(), command.reason())));
        leads.forEach(id -> commands.sendAndWait(new EraseLead(id, command.erasureId(), command.reason())));
        traces.erase(Stream.concat(contacts.stream(), leads.stream()).toList(), new ArrayList<>(person.emails()));
        return new Erasure(command.erasureId(), contacts, leads);
    }

    private static void check(ErasePerson command) {
        long named = Stream.of(command.contactId(), command.leadId(), command.email()).filter(Objects::nonNull).count();
        if (named != 1) {
            throw InvalidInputException.of("contactId", "name the person by exactly one of contactId, leadId or email");
        }
        if (command.email() != null && !EmailAddresses.isValid(command.email().strip())) {
            throw InvalidInputException.of("email", "must be an email address such as anna.nowak@example.pl");
        }
        PrivacyRules.checkReason(command.reason());
    }
}
