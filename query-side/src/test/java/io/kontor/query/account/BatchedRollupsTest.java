package io.kontor.query.account;

import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.HierarchyNode;
import io.kontor.api.common.Money;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactReassigned;
import io.kontor.api.opportunity.OpportunityLost;
import io.kontor.api.opportunity.OpportunityOpened;
import io.kontor.api.opportunity.OpportunityStageChanged;
import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.OpportunityWon;
import io.kontor.api.opportunity.Stage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rollups are summed in memory per batch and written once per row: whatever the batch boundaries
 * (moves in the middle of a batch included, and redelivered events), every account's figures must
 * equal those of the same events applied one at a time.
 */
class BatchedRollupsTest {

    private final Random random = new Random(42);
    private final Map<UUID, Long> sequences = new HashMap<>();
    private final List<UUID> roots = new ArrayList<>();
    private final List<UUID> branches = new ArrayList<>();
    private final List<UUID> contacts = new ArrayList<>();
    private final Map<UUID, UUID> contactAccounts = new HashMap<>();
    private final List<UUID> openDeals = new ArrayList<>();

    @Test
    void figuresAreTheSameWhateverTheBatchBoundaries() {
        List<Consumer<ProjectionHarness>> events = history(600);
        ProjectionHarness oneByOne = new ProjectionHarness();
        events.forEach(event -> event.accept(oneByOne));
        ProjectionHarness batched = new ProjectionHarness();
        for (int from = 0; from < events.size(); ) {
            int to = Math.min(events.size(), from + 1 + random.nextInt(80));
            inOneBatch(batched, events.subList(from, to));
            from = to;
        }

        for (UUID root : roots) {
            HierarchyNode expected = oneByOne.reader.subtree(root, null).orElseThrow();
            assertThat(batched.reader.subtree(root, null)).contains(expected);
        }
        assertThat(batched.jdbc.queryForList("SELECT * FROM hierarchy_opportunity ORDER BY opportunity_id"))
                .isEqualTo(oneByOne.jdbc.queryForList("SELECT * FROM hierarchy_opportunity ORDER BY opportunity_id"));
    }

    private static void inOneBatch(ProjectionHarness harness, List<Consumer<ProjectionHarness>> events) {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        events.forEach(event -> event.accept(harness));
        // a redelivered event inside the batch must change nothing either
        events.get(0).accept(harness);
        batch.commit();
    }

    private List<Consumer<ProjectionHarness>> history(int size) {
        List<Consumer<ProjectionHarness>> events = new ArrayList<>();
        while (events.size() < size) {
            int choice = roots.size() < 3 ? 0 : random.nextInt(100);
            if (choice < 25) {
                events.add(open(roots.isEmpty() || random.nextInt(8) == 0 ? null : anyAccount()));
            } else if (choice < 33 && !branches.isEmpty()) {
                events.add(move(pick(branches), random.nextInt(5) == 0 ? null : pick(roots)));
            } else if (choice < 45) {
                events.add(contact());
            } else if (choice < 52 && !contacts.isEmpty()) {
                events.add(reassign(pick(contacts)));
            } else if (choice < 70 || openDeals.isEmpty()) {
                events.add(deal());
            } else if (choice < 92) {
                events.add(stage(pick(openDeals)));
            } else {
                events.add(close(openDeals.remove(random.nextInt(openDeals.size()))));
            }
        }
        return events;
    }

    private Consumer<ProjectionHarness> open(UUID parent) {
        UUID id = UUID.randomUUID();
        (parent == null ? roots : branches).add(id);
        AccountOpened event = new AccountOpened(id, new AccountProfile("Account", AccountKind.COMPANY, null, null, null,
                null, null), parent, null);
        long sequence = next(id);
        return harness -> harness.accounts.on(event, sequence, Instant.EPOCH);
    }

    private Consumer<ProjectionHarness> move(UUID account, UUID newParent) {
        if (newParent == null) {
            branches.remove(account);
            roots.add(account);
        }
        AccountMovedInHierarchy event = new AccountMovedInHierarchy(account, null, newParent);
        long sequence = next(account);
        return harness -> harness.accounts.on(event, sequence);
    }

    private Consumer<ProjectionHarness> contact() {
        UUID id = UUID.randomUUID();
        UUID account = anyAccount();
        contacts.add(id);
        contactAccounts.put(id, account);
        ContactAdded event = new ContactAdded(id, account, new ContactDetails("Anna", "Nowak", null, null, null));
        long sequence = next(id);
        return harness -> harness.contacts.on(event, sequence);
    }

    private Consumer<ProjectionHarness> reassign(UUID contact) {
        UUID to = anyAccount();
        ContactReassigned event = new ContactReassigned(contact, contactAccounts.put(contact, to), to);
        long sequence = next(contact);
        return harness -> harness.contacts.on(event, sequence);
    }

    private Consumer<ProjectionHarness> deal() {
        UUID id = UUID.randomUUID();
        openDeals.add(id);
        OpportunityTerms terms = new OpportunityTerms("Deal", new Money(BigDecimal.valueOf(random.nextInt(1_000_000), 2),
                random.nextBoolean() ? "EUR" : "PLN"), null, null, null);
        OpportunityOpened event = new OpportunityOpened(id, anyAccount(), terms, Stage.PROSPECTING, 10);
        long sequence = next(id);
        return harness -> harness.opportunities.on(event, sequence);
    }

    private Consumer<ProjectionHarness> stage(UUID deal) {
        Stage to = Stage.values()[random.nextInt(Stage.values().length)];
        OpportunityStageChanged event = new OpportunityStageChanged(deal, Stage.PROSPECTING, to, to.defaultProbability());
        long sequence = next(deal);
        return harness -> harness.opportunities.on(event, sequence);
    }

    private Consumer<ProjectionHarness> close(UUID deal) {
        long sequence = next(deal);
        if (random.nextBoolean()) {
            OpportunityWon won = new OpportunityWon(deal, null, null);
            return harness -> harness.opportunities.on(won, sequence);
        }
        OpportunityLost lost = new OpportunityLost(deal, "budget");
        return harness -> harness.opportunities.on(lost, sequence);
    }

    private UUID anyAccount() {
        return random.nextBoolean() || branches.isEmpty() ? pick(roots) : pick(branches);
    }

    private UUID pick(List<UUID> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private long next(UUID id) {
        return sequences.merge(id, 0L, (old, ignored) -> old + 1);
    }
}
