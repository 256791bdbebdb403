package io.kontor.query.replay;

import io.kontor.api.account.AccountClosed;
import io.kontor.api.account.AccountMapReviewed;
import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountOwnerAssigned;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.AccountProfileUpdated;
import io.kontor.api.common.Money;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactReassigned;
import io.kontor.api.contact.ContactErased;
import io.kontor.api.contact.ContactExternalIdsChanged;
import io.kontor.api.contact.ContactUpdated;
import io.kontor.api.contact.LegalHoldLifted;
import io.kontor.api.contact.LegalHoldPlaced;
import io.kontor.api.opportunity.Coverage;
import io.kontor.api.opportunity.OpportunityExternalIdsChanged;
import io.kontor.api.opportunity.Raci;
import io.kontor.api.opportunity.StakeholderPlaced;
import io.kontor.api.opportunity.StakeholderRemoved;
import io.kontor.api.opportunity.StakeholderRole;
import io.kontor.api.opportunity.OpportunityLost;
import io.kontor.api.opportunity.OpportunityOpened;
import io.kontor.api.opportunity.OpportunityStageChanged;
import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.OpportunityUpdated;
import io.kontor.api.opportunity.OpportunityWon;
import io.kontor.api.opportunity.Stage;
import io.kontor.api.relationship.RelationshipAdded;
import io.kontor.api.relationship.RelationshipEndCause;
import io.kontor.api.relationship.RelationshipEnded;
import io.kontor.api.relationship.RelationshipType;
import io.kontor.api.relationship.RelationshipUpdated;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A seeded, valid history of accounts in moving trees, contacts that change accounts, opportunities
 * through stages in two currencies, won and lost, with closes, owners and renames, buying-center seats,
 * contacts' details changed, held and erased, source ids, relationships and map reviews, and leads
 * ({@link RandomLeads}): what the folds must
 * rebuild exactly as the handlers do. Moves never form a cycle; closed accounts get nothing new.
 */
final class RandomHistory {

    private final Random random;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private final Map<UUID, Long> sequences = new HashMap<>();
    private final Map<UUID, UUID> parents = new HashMap<>();
    private final List<UUID> open = new ArrayList<>();
    private final List<UUID> contacts = new ArrayList<>();
    private final Map<UUID, UUID> contactAccount = new HashMap<>();
    private final List<UUID> deals = new ArrayList<>();
    private final Map<UUID, List<UUID>> relationships = new HashMap<>();
    private final RandomLeads leads;
    private Instant clock = Instant.parse("2026-01-01T00:00:00Z");

    RandomHistory(long seed) {
        this.random = new Random(seed);
        this.leads = new RandomLeads(random, this::add);
    }

    List<DomainEventMessage<?>> events(int count) {
        while (events.size() < count) {
            next();
        }
        return events;
    }

    private void next() {
        if (!contacts.isEmpty() && !deals.isEmpty() && random.nextInt(10) == 0) {
            people();
            return;
        }
        if (!open.isEmpty() && random.nextInt(12) == 0) {
            leads.next(open, contacts);
            return;
        }
        int choice = open.size() < 5 ? 0 : random.nextInt(100);
        if (choice < 20) {
            UUID id = UUID.randomUUID();
            UUID parent = open.isEmpty() || random.nextInt(4) == 0 ? null : pick(open);
            parents.put(id, parent);
            open.add(id);
            add("Account", id, new AccountOpened(id, profile("Konto " + events.size() + " Łódź"), parent, null));
        } else if (choice < 25) {
            UUID id = pick(open);
            add("Account", id, new AccountProfileUpdated(id, profile("Renamed " + random.nextInt(50) + " GmbH")));
        } else if (choice < 28) {
            UUID id = pick(open);
            add("Account", id, new AccountOwnerAssigned(id, UUID.randomUUID(), null));
        } else if (choice < 36) {
            move(pick(open), random.nextInt(3) == 0 ? null : pick(open));
        } else if (choice < 38) {
            close(pick(open));
        } else if (choice < 52) {
            UUID id = UUID.randomUUID();
            UUID account = pick(open);
            contacts.add(id);
            contactAccount.put(id, account);
            add("Contact", id, new ContactAdded(id, account, new ContactDetails("Anna", "Nowak", null, null, null)));
        } else if (choice < 58 && !contacts.isEmpty()) {
            UUID id = pick(contacts);
            UUID to = pick(open);
            add("Contact", id, new ContactReassigned(id, contactAccount.put(id, to), to));
        } else if (choice < 70 || deals.isEmpty()) {
            UUID id = UUID.randomUUID();
            deals.add(id);
            OpportunityTerms terms = new OpportunityTerms("Deal", money(), null, null, null);
            add("Opportunity", id, new OpportunityOpened(id, pick(open), terms, Stage.PROSPECTING, 10));
        } else if (choice < 85) {
            UUID id = pick(deals);
            Stage to = Stage.values()[random.nextInt(Stage.values().length)];
            add("Opportunity", id, new OpportunityStageChanged(id, Stage.PROSPECTING, to, 10 + random.nextInt(80)));
        } else if (choice < 92) {
            UUID id = pick(deals);
            add("Opportunity", id, new OpportunityUpdated(id, new OpportunityTerms("Deal", money(), null, null, null),
                    random.nextInt(101)));
        } else {
            UUID id = deals.remove(random.nextInt(deals.size()));
            add("Opportunity", id, random.nextBoolean() ? new OpportunityWon(id, money(), null)
                    : new OpportunityLost(id, "budget"));
        }
    }

    /** Seats taken, changed and left, contacts' details changed and erased, source ids recorded. */
    private void people() {
        UUID contact = pick(contacts);
        UUID deal = pick(deals);
        int choice = random.nextInt(100);
        if (choice < 35) {
            StakeholderRole role = StakeholderRole.values()[random.nextInt(StakeholderRole.values().length)];
            add("Opportunity", deal, new StakeholderPlaced(deal, contact, role, random.nextInt(5), random.nextInt(5),
                    List.of(role), random.nextInt(5) - 2, Coverage.BRIEF, random.nextBoolean() ? Raci.A : null));
        } else if (choice < 45) {
            add("Opportunity", deal, new StakeholderRemoved(deal, contact));
        } else if (choice < 65) {
            add("Contact", contact, new ContactUpdated(contact, new ContactDetails("Ewa", "Łęcka " + random.nextInt(9),
                    random.nextBoolean() ? "ewa@konto" + random.nextInt(9) + ".pl" : null, random.nextBoolean() ? "+48 1" : null,
                    "CFO")));
        } else if (choice < 75) {
            // often someone with relationships, whose notes are erased too
            UUID erased = relationships.isEmpty() || random.nextBoolean() ? contact
                    : new ArrayList<>(relationships.keySet()).get(random.nextInt(relationships.size()));
            add("Contact", erased, new ContactErased(erased, UUID.randomUUID(), "asked"));
        } else if (choice < 80) {
            add("Contact", contact, new ContactExternalIdsChanged(contact, Map.of("salesforce", "003" + random.nextInt(999))));
        } else if (choice < 83) {
            add("Opportunity", deal, new OpportunityExternalIdsChanged(deal, Map.of("salesforce", "006" + random.nextInt(999))));
        } else if (choice < 88) {
            add("Contact", contact, random.nextBoolean() ? new LegalHoldPlaced(contact, "litigation " + random.nextInt(9))
                    : new LegalHoldLifted(contact, "settled"));
        } else {
            relationship(contact);
        }
    }

    /** A relationship recorded on the contact, or one of its relationships changed or ended; now and then a map review. */
    private void relationship(UUID contact) {
        List<UUID> own = relationships.getOrDefault(contact, List.of());
        int choice = random.nextInt(100);
        if (choice >= 90) {
            UUID account = pick(open);
            add("Account", account, new AccountMapReviewed(account, UUID.randomUUID(), "reviewed"));
        } else if (choice < 45 || own.isEmpty()) {
            UUID id = UUID.randomUUID();
            relationships.computeIfAbsent(contact, any -> new ArrayList<>()).add(id);
            boolean toPerson = random.nextBoolean();
            add("Contact", contact, new RelationshipAdded(contact, id, RelationshipType.values()[random.nextInt(3)],
                    toPerson ? pick(contacts) : null, toPerson ? null : pick(open), 1 + random.nextInt(5), random.nextInt(5) - 2,
                    LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)), random.nextBoolean() ? "plays golf" : null));
        } else if (choice < 75) {
            add("Contact", contact, new RelationshipUpdated(contact, pick(own), 1 + random.nextInt(5), random.nextInt(5) - 2,
                    random.nextBoolean() ? "met at the fair " + random.nextInt(9) : null));
        } else {
            add("Contact", contact, new RelationshipEnded(contact, own.remove(random.nextInt(own.size())),
                    LocalDate.of(2026, 12, 31), RelationshipEndCause.ENDED, null));
        }
    }

    private void move(UUID account, UUID newParent) {
        for (UUID above = newParent; above != null; above = parents.get(above)) {
            if (above.equals(account)) {
                return;
            }
        }
        add("Account", account, new AccountMovedInHierarchy(account, parents.put(account, newParent), newParent));
    }

    private void close(UUID account) {
        if (parents.containsValue(account) && open.stream().anyMatch(child -> account.equals(parents.get(child)))) {
            return;
        }
        open.remove(account);
        add("Account", account, new AccountClosed(account, "merged"));
    }

    private void add(String type, UUID aggregate, Object payload) {
        long sequence = sequences.merge(aggregate, 0L, (before, ignored) -> before + 1);
        clock = clock.plusSeconds(1 + random.nextInt(3600));
        // tracked, at its global position, as the event stream delivers it (the map keys periods by it)
        events.add(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(events.size() + 1),
                new GenericDomainEventMessage<>(type, aggregate.toString(), sequence, payload, MetaData.emptyInstance(),
                        UUID.randomUUID().toString(), clock)));
    }

    private Money money() {
        return new Money(BigDecimal.valueOf(random.nextInt(1_000_000), 2), random.nextBoolean() ? "EUR" : "PLN");
    }

    private AccountProfile profile(String name) {
        return new AccountProfile(name, AccountKind.COMPANY, "Retail", "PL", "PL-14", "konto" + random.nextInt(9) + ".pl", null);
    }

    private UUID pick(List<UUID> ids) {
        return ids.get(random.nextInt(ids.size()));
    }
}
