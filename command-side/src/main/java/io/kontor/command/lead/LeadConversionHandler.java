package io.kontor.command.lead;

import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.OpenAccount;
import io.kontor.api.common.FieldViolation;
import io.kontor.api.common.InvalidInputException;
import io.kontor.api.common.TimeOrderedIds;
import io.kontor.api.contact.AddContact;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.lead.ConvertLead;
import io.kontor.api.lead.LeadConversion;
import io.kontor.api.lead.LeadDetails;
import io.kontor.api.lead.NewAccount;
import io.kontor.api.opportunity.OpenOpportunity;
import io.kontor.command.account.AccountRegistry;
import io.kontor.command.contact.ContactRegistry;
import io.kontor.platform.axon.KontorCommandTargetResolver;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Converts a qualified lead into an account, a contact and optionally an opportunity, in one unit of
 * work and one transaction: if any part is refused, nothing changes and the lead stays qualified.
 * An existing account's contact with the lead's email is reused rather than duplicated.
 */
@Component
public class LeadConversionHandler {

    private final Repository<Lead> leads;
    private final LeadRegistry leadRegistry;
    private final AccountRegistry accounts;
    private final ContactRegistry contacts;
    private final CommandGateway commands;

    public LeadConversionHandler(@Qualifier("leadRepository") Repository<Lead> leads, LeadRegistry leadRegistry,
                                 AccountRegistry accounts, ContactRegistry contacts, CommandGateway commands) {
        this.leads = leads;
        this.leadRegistry = leadRegistry;
        this.accounts = accounts;
        this.contacts = contacts;
        this.commands = commands;
    }

    @CommandHandler
    public LeadConversion handle(ConvertLead command, MetaData metaData) {
        if ((command.accountId() == null) == (command.newAccount() == null)) {
            throw InvalidInputException.of("accountId", "give either accountId (an existing account) or account (a new one)");
        }
        Aggregate<Lead> lead = leads.load(command.leadId().toString(), KontorCommandTargetResolver.expectedVersion(metaData));
        LeadDetails details = lead.invoke(Lead::convertible);

        UUID accountId = command.accountId();
        if (accountId == null) {
            accountId = TimeOrderedIds.next();
            send(new OpenAccount(accountId, profileFor(command.newAccount(), details), command.newAccount().parentId(),
                    command.newAccount().ownerId()), "account.");
        } else {
            accounts.lockOpenAccount(accountId);
        }
        UUID contactId = command.accountId() == null ? null : contacts.contactWithEmail(accountId, details.email()).orElse(null);
        boolean reused = contactId != null;
        if (!reused) {
            contactId = TimeOrderedIds.next();
            send(new AddContact(contactId, accountId, new ContactDetails(details.firstName(), details.lastName(),
                    details.email(), details.phone(), null)), "contact.");
        }
        UUID opportunityId = null;
        if (command.opportunity() != null) {
            opportunityId = TimeOrderedIds.next();
            send(new OpenOpportunity(opportunityId, accountId, command.opportunity().terms(), command.opportunity().stage()),
                    "opportunity.");
        }
        LeadConversion result = new LeadConversion(accountId, contactId, opportunityId, command.accountId() == null, reused);
        lead.execute(converted -> converted.markConverted(result, leadRegistry));
        return result;
    }

    /** The new account's profile; name and website default to the lead's company and website. */
    private static AccountProfile profileFor(NewAccount account, LeadDetails lead) {
        AccountProfile given = account.profile();
        return new AccountProfile(given.name() == null ? lead.companyName() : given.name(), given.kind(), given.industry(),
                given.country(), given.region(), given.website() == null ? lead.website() : given.website(),
                given.debtorNumber());
    }

    /**
     * Dispatches a part of the conversion inside this unit of work (it joins the transaction) and names
     * invalid fields after the part of the request they came from.
     */
    private void send(Object command, String fieldPrefix) {
        try {
            commands.sendAndWait(command);
        } catch (InvalidInputException invalid) {
            throw new InvalidInputException(invalid.violations().stream()
                    .map(violation -> new FieldViolation(fieldPrefix + violation.field(), violation.message())).toList());
        }
    }
}
