package io.kontor.command.imports;

import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.AccountProfilePatch;
import io.kontor.api.account.AssignAccountOwner;
import io.kontor.api.account.CloseAccount;
import io.kontor.api.account.MoveAccount;
import io.kontor.api.account.SetAccountExternalId;
import io.kontor.api.account.UpdateAccountProfile;
import io.kontor.api.common.Patch;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactDetailsPatch;
import io.kontor.api.contact.ReassignContact;
import io.kontor.api.contact.SetContactExternalId;
import io.kontor.api.contact.UpdateContact;
import io.kontor.api.lead.DisqualifyLead;
import io.kontor.api.lead.SetLeadExternalId;
import io.kontor.api.opportunity.ChangeOpportunityStage;
import io.kontor.api.opportunity.LoseOpportunity;
import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.OpportunityTermsPatch;
import io.kontor.api.opportunity.PlaceStakeholder;
import io.kontor.api.opportunity.RemoveStakeholder;
import io.kontor.api.opportunity.SetOpportunityExternalId;
import io.kontor.api.opportunity.StakeholderRole;
import io.kontor.api.opportunity.UpdateOpportunity;
import io.kontor.imports.record.RecordType;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Works out, from an import's journal and each record's history, how to undo it, in an order that always
 * works: contact roles, opportunities, leads, contacts, changed accounts, then created accounts deepest
 * first (an account with open children cannot be closed).
 */
final class RevertPlanner {

    private static final List<RecordType> ORDER = List.of(RecordType.CONTACT_ROLE, RecordType.OPPORTUNITY, RecordType.LEAD,
            RecordType.CONTACT, RecordType.ACCOUNT);

    private final EventStore events;
    private final JdbcTemplate jdbc;
    private final String importId;
    private final String reason;

    RevertPlanner(EventStore events, JdbcTemplate jdbc, ImportJob job) {
        this.events = events;
        this.jdbc = jdbc;
        this.importId = job.id().toString();
        this.reason = "import " + job.id() + " reverted";
    }

    List<RevertAction> actions(List<ImportChanges.Recorded> journal) {
        Map<UUID, Integer> depth = depthsOfCreatedAccounts(journal);
        List<ImportChanges.Recorded> ordered = new ArrayList<>(journal);
        ordered.sort(Comparator.comparingInt((ImportChanges.Recorded change) -> ORDER.indexOf(change.type()))
                .thenComparing(change -> change.action().equals("CREATE"))
                .thenComparing(change -> -depth.getOrDefault(change.aggregateId(), 0)));
        return ordered.stream().map(change -> action(change, depth.keySet())).toList();
    }

    private RevertAction action(ImportChanges.Recorded change, java.util.Set<UUID> createdAccounts) {
        UUID id = change.aggregateId();
        boolean created = change.action().equals("CREATE");
        if (change.type() == RecordType.CONTACT_ROLE) {
            return created ? act(change, List.of(new RemoveStakeholder(id, change.contactId())), null, true, null)
                    : act(change, List.of(new PlaceStakeholder(id, change.contactId(),
                    StakeholderRole.valueOf(change.previous().get("role")), 3, 3)), change.previous(), false, null);
        }
        RecordHistory history = RecordHistory.read(events, id, importId);
        return switch (change.type()) {
            case ACCOUNT -> created
                    ? act(change, List.of(new SetAccountExternalId(id, change.source(), null), new CloseAccount(id, reason)),
                    null, false, null)
                    : act(change, List.of(new UpdateAccountProfile(id, profilePatch(history.profile)),
                    new MoveAccount(id, history.parent), new AssignAccountOwner(id, history.owner)), change.previous(), false, null);
            case CONTACT -> created
                    ? act(change, List.of(new SetContactExternalId(id, change.source(), null)), null, false,
                    "Kontor has no way to remove a contact: it stays on account " + history.now.account
                            + (createdAccounts.contains(history.now.account) ? ", which the revert closes" : ""))
                    : act(change, List.of(new UpdateContact(id, detailsPatch(history.details)),
                    new ReassignContact(id, history.account)), change.previous(), false, null);
            case OPPORTUNITY -> history.closedByImport
                    ? act(change, List.of(), created ? null : change.previous(), false,
                    "the import closed it as won or lost, and Kontor takes no closed deal back: it stays as it is")
                    : created ? act(change, List.of(new SetOpportunityExternalId(id, change.source(), null),
                    new LoseOpportunity(id, reason)), null, false, null)
                    : act(change, List.of(new UpdateOpportunity(id, termsPatch(history.terms)),
                    new ChangeOpportunityStage(id, history.stage)), change.previous(), false, null);
            case LEAD -> created
                    ? act(change, List.of(new SetLeadExternalId(id, change.source(), null),
                    new DisqualifyLead(id, reason)), null, false, null)
                    : act(change, List.of(), change.previous(), false, history.closedByImport
                    ? "the import qualified or disqualified the lead, and Kontor has no way back to open" : null);
            case CONTACT_ROLE -> throw new IllegalStateException("handled above");
        };
    }

    private static RevertAction act(ImportChanges.Recorded change, List<Object> commands, Map<String, String> restore,
                                    boolean releaseRole, String note) {
        return new RevertAction(change.type(), change.aggregateId(), commands, change.source(), change.externalId(),
                restore, releaseRole, note);
    }

    private static AccountProfilePatch profilePatch(AccountProfile profile) {
        return new AccountProfilePatch(Patch.set(profile.name()), Patch.set(profile.kind()), Patch.set(profile.industry()),
                Patch.set(profile.country()), Patch.set(profile.region()), Patch.set(profile.website()),
                Patch.set(profile.debtorNumber()));
    }

    private static ContactDetailsPatch detailsPatch(ContactDetails details) {
        return new ContactDetailsPatch(Patch.set(details.firstName()), Patch.set(details.lastName()), Patch.set(details.email()),
                Patch.set(details.phone()), Patch.set(details.jobTitle()));
    }

    private static OpportunityTermsPatch termsPatch(OpportunityTerms terms) {
        return new OpportunityTermsPatch(Patch.set(terms.name()), Patch.set(terms.value()), Patch.set(terms.expectedCloseDate()),
                Patch.set(terms.probability()), Patch.set(terms.ownerId()));
    }

    /** How deep each account the import created lies below the others it created. */
    private Map<UUID, Integer> depthsOfCreatedAccounts(List<ImportChanges.Recorded> journal) {
        Map<UUID, UUID> parents = new HashMap<>();
        List<UUID> created = journal.stream().filter(change -> change.type() == RecordType.ACCOUNT
                && change.action().equals("CREATE")).map(ImportChanges.Recorded::aggregateId).toList();
        for (int from = 0; from < created.size(); from += 500) {
            List<UUID> batch = created.subList(from, Math.min(created.size(), from + 500));
            jdbc.query("SELECT account_id, parent_id FROM account_registry WHERE account_id IN ("
                    + String.join(", ", java.util.Collections.nCopies(batch.size(), "?")) + ")", rs -> {
                parents.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
            }, batch.toArray());
        }
        Map<UUID, Integer> depths = new HashMap<>();
        for (UUID account : created) {
            int depth = 0;
            for (UUID parent = parents.get(account); parent != null && parents.containsKey(parent) && depth < 10_000;
                 parent = parents.get(parent)) {
                depth++;
            }
            depths.put(account, depth);
        }
        return depths;
    }
}
