package io.kontor.command.imports;

import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.AccountProfilePatch;
import io.kontor.api.account.AssignAccountOwner;
import io.kontor.api.account.MoveAccount;
import io.kontor.api.account.OpenAccount;
import io.kontor.api.account.UpdateAccountProfile;
import io.kontor.api.common.Patch;
import io.kontor.api.contact.AddContact;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactDetailsPatch;
import io.kontor.api.contact.ReassignContact;
import io.kontor.api.contact.UpdateContact;
import io.kontor.api.lead.CaptureLead;
import io.kontor.api.lead.DisqualifyLead;
import io.kontor.api.lead.QualifyLead;
import io.kontor.api.opportunity.ChangeOpportunityStage;
import io.kontor.api.opportunity.LoseOpportunity;
import io.kontor.api.opportunity.OpenOpportunity;
import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.OpportunityTermsPatch;
import io.kontor.api.opportunity.PlaceStakeholder;
import io.kontor.api.opportunity.UpdateOpportunity;
import io.kontor.api.opportunity.WinOpportunity;
import io.kontor.command.support.ExternalIdRegistry;
import io.kontor.imports.record.AccountRecord;
import io.kontor.imports.record.ContactRecord;
import io.kontor.imports.record.ContactRoleRecord;
import io.kontor.imports.record.LeadRecord;
import io.kontor.imports.record.OpportunityRecord;
import io.kontor.imports.record.RowProblem;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns a decision into Kontor's own commands, inside the chunk's unit of work (each joins its transaction):
 * the same aggregates, rules and events as a request over HTTP would cause, and nothing for a field that did
 * not change. New records are created on the repositories ({@link RecordCreation}); changes go through the
 * command bus, where moves and reassignments have handlers of their own. Returns warnings about what Kontor
 * cannot take from the row.
 */
final class StepExecutor {

    private static final int DEFAULT_INFLUENCE = 3;

    private final CommandGateway commands;
    private final RecordCreation creation;
    private final ExternalIdRegistry externalIds;
    private final Function<String, UUID> owners;

    StepExecutor(CommandGateway commands, RecordCreation creation, ExternalIdRegistry externalIds, Function<String, UUID> owners) {
        this.commands = commands;
        this.creation = creation;
        this.externalIds = externalIds;
        this.owners = owners;
    }

    List<RowProblem> execute(Decision decision) throws Exception {
        List<RowProblem> warnings = new ArrayList<>();
        var record = decision.step().record();
        if (record instanceof AccountRecord account) {
            account(decision, account);
        } else if (record instanceof ContactRecord contact) {
            contact(decision, contact);
        } else if (record instanceof LeadRecord lead) {
            lead(decision, lead, warnings);
        } else if (record instanceof OpportunityRecord opportunity) {
            opportunity(decision, opportunity, warnings);
        } else if (record instanceof ContactRoleRecord role) {
            role(decision, role);
        }
        return warnings;
    }

    private void account(Decision decision, AccountRecord record) throws Exception {
        UUID id = decision.id();
        UUID parent = decision.reference("parent");
        if (decision.action() == Decision.Action.CREATE) {
            creation.account(new OpenAccount(id, record.profile(), parent, owners.apply(record.owner()), sourceId(record)));
            return;
        }
        Set<String> changed = decision.changed();
        AccountProfile profile = record.profile();
        AccountProfilePatch patch = new AccountProfilePatch(set(changed, "name", profile.name()), Patch.<AccountKind>keep(),
                set(changed, "industry", profile.industry()), set(changed, "country", profile.country()),
                set(changed, "region", profile.region()), set(changed, "website", profile.website()),
                set(changed, "debtorNumber", profile.debtorNumber()));
        if (List.of(patch.name(), patch.industry(), patch.country(), patch.region(), patch.website(), patch.debtorNumber())
                .stream().anyMatch(Patch::isSet)) {
            send(new UpdateAccountProfile(id, patch));
        }
        if (changed.contains("parent")) {
            send(new MoveAccount(id, parent));
        }
        if (changed.contains("owner")) {
            send(new AssignAccountOwner(id, owners.apply(record.owner())));
        }
    }

    private void contact(Decision decision, ContactRecord record) throws Exception {
        UUID id = decision.id();
        ContactDetails details = record.details();
        if (decision.action() == Decision.Action.CREATE) {
            creation.contact(new AddContact(id, decision.reference("account"), details, sourceId(record)));
            return;
        }
        Set<String> changed = decision.changed();
        ContactDetailsPatch patch = new ContactDetailsPatch(set(changed, "firstName", details.firstName()),
                set(changed, "lastName", details.lastName()), set(changed, "email", details.email()),
                set(changed, "phone", details.phone()), set(changed, "jobTitle", details.jobTitle()));
        if (List.of(patch.firstName(), patch.lastName(), patch.email(), patch.phone(), patch.jobTitle()).stream()
                .anyMatch(Patch::isSet)) {
            send(new UpdateContact(id, patch));
        }
        if (changed.contains("account")) {
            send(new ReassignContact(id, decision.reference("account")));
        }
    }

    private void lead(Decision decision, LeadRecord record, List<RowProblem> warnings) throws Exception {
        UUID id = decision.id();
        if (decision.action() == Decision.Action.CREATE) {
            creation.lead(new CaptureLead(id, record.details(), sourceId(record)));
        } else if (decision.changed().stream().anyMatch(field -> !field.equals("status"))) {
            warnings.add(new RowProblem(record.at(), record.type(), null, "changed at the source ("
                    + String.join(", ", decision.changed().stream().filter(f -> !f.equals("status")).toList())
                    + "), but Kontor's leads take no updates; left as they were"));
        }
        if (decision.action() == Decision.Action.CREATE || decision.changed().contains("status")) {
            switch (record.state()) {
                case QUALIFIED -> send(new QualifyLead(id, Map.of()));
                case DISQUALIFIED -> send(new DisqualifyLead(id, record.stateReason()));
                case OPEN -> {
                    // An open lead is what capturing makes; Kontor has no way back to open.
                }
            }
        }
    }

    private void opportunity(Decision decision, OpportunityRecord record, List<RowProblem> warnings) throws Exception {
        UUID id = decision.id();
        if (decision.action() == Decision.Action.CLOSE) {
            if (record.outcome() == OpportunityRecord.Outcome.WON) {
                send(new WinOpportunity(id, null));
            } else {
                send(new LoseOpportunity(id, record.closeReason()));
            }
            return;
        }
        if (decision.action() == Decision.Action.CREATE) {
            creation.opportunity(new OpenOpportunity(id, decision.reference("account"), new OpportunityTerms(record.name(),
                    record.value(), record.expectedCloseDate(), record.probability(), null), record.stage(), sourceId(record)));
            return;
        }
        Set<String> changed = decision.changed();
        OpportunityTermsPatch patch = new OpportunityTermsPatch(set(changed, "name", record.name()),
                set(changed, "value", record.value()), set(changed, "expectedCloseDate", record.expectedCloseDate()),
                set(changed, "probability", record.probability()), Patch.keep());
        if (patch.name().isSet() || patch.value().isSet() || patch.expectedCloseDate().isSet() || patch.probability().isSet()) {
            send(new UpdateOpportunity(id, patch));
        }
        if (changed.contains("stage") && record.outcome() == OpportunityRecord.Outcome.OPEN) {
            send(new ChangeOpportunityStage(id, record.stage()));
        }
        if (changed.contains("account")) {
            warnings.add(new RowProblem(record.at(), record.type(), record.sourceField("account"), "the opportunity moved to "
                    + "another account at the source; Kontor keeps an opportunity on the account it was opened on"));
        }
    }

    private void role(Decision decision, ContactRoleRecord record) {
        UUID opportunity = decision.reference("opportunity");
        send(new PlaceStakeholder(opportunity, decision.reference("contact"), record.role(), DEFAULT_INFLUENCE, DEFAULT_INFLUENCE));
        if (decision.action() == Decision.Action.CREATE) {
            externalIds.claim(record.type().name(), opportunity, sourceId(record));
        }
    }

    private static Map<String, String> sourceId(io.kontor.imports.record.ImportRecord record) {
        return Map.of(record.key().namespace(), record.key().id());
    }

    private void send(Object command) {
        // Within the chunk's unit of work: the command joins its transaction and commits or rolls back with it.
        commands.sendAndWait(command);
    }

    private static <T> Patch<T> set(Set<String> changed, String field, T value) {
        return changed.contains(field) ? Patch.set(value) : Patch.keep();
    }
}
