package io.kontor.query.history;

import io.kontor.api.account.AccountClosed;
import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.HierarchyNode;
import io.kontor.api.common.Money;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactReassigned;
import io.kontor.api.opportunity.OpportunityOpened;
import io.kontor.api.opportunity.OpportunityStageChanged;
import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.OpportunityWon;
import io.kontor.api.opportunity.Stage;
import io.kontor.platform.persistence.IdLists;
import io.kontor.platform.visibility.Visibility;
import io.kontor.query.readmodel.ReadModelDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A hierarchy as of an instant, read by walking down its subtree, is the subtree of the whole world of then. */
class HistoricalHierarchyTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final JdbcTemplate jdbc = ReadModelDatabases.h2("history");
    private final HistoryProjection projection = new HistoryProjection(jdbc);
    private final PointInTime history = new PointInTime(jdbc, Visibility.unrestricted());
    private final HistoricalHierarchy hierarchy = new HistoricalHierarchy(history);
    private final Random random = new Random(11);
    private final Map<UUID, Long> sequences = new HashMap<>();
    private final Map<UUID, UUID> parents = new HashMap<>();
    private final List<UUID> accounts = new ArrayList<>();
    private final Map<UUID, UUID> contacts = new HashMap<>();

    @Test
    void everySubtreeOfEveryDayEqualsTheSubtreeOfTheWholeWorldThen() {
        UUID chain = open(null, T0);
        for (int i = 0; i < IdLists.CHUNK + 20; i++) {
            open(chain, T0.plusSeconds(i));
        }
        for (int minute = 1; minute <= 600; minute++) {
            step(T0.plusSeconds(3_600 + 60L * minute));
        }
        List<Instant> instants = List.of(T0, T0.plusSeconds(3_600), T0.plusSeconds(12_000), T0.plusSeconds(24_000),
                T0.plusSeconds(40_000));
        for (Instant instant : instants) {
            World whole = history.at(instant);
            List<UUID> roots = new ArrayList<>(List.of(chain));
            for (int i = 0; i < 40; i++) {
                roots.add(accounts.get(random.nextInt(accounts.size())));
            }
            for (UUID root : roots) {
                for (Integer depth : new Integer[] {null, 1}) {
                    assertThat(lines(hierarchy.subtree(root, depth, instant))).as("%s at %s", root, instant)
                            .containsExactlyElementsOf(lines(hierarchy.subtree(whole, root, depth)));
                }
            }
        }
        assertThat(hierarchy.subtree(chain, null, T0.plusSeconds(40_000)).orElseThrow().rollup().accounts())
                .as("the chain's tree is large enough to cross a chunk of ids").isGreaterThan(IdLists.CHUNK);
    }

    @Test
    void theWalkDownUsesTheParentAndAccountIndexesOnH2() {
        UUID chain = open(null, T0);
        for (int i = 0; i < 200; i++) {
            open(i % 2 == 0 ? chain : null, T0.plusSeconds(i));
        }
        for (int minute = 1; minute <= 400; minute++) {
            step(T0.plusSeconds(3_600 + 60L * minute));
        }
        jdbc.execute("ANALYZE");
        assertThat(plan("account_history", "parent_id")).containsIgnoringCase("ix_account_history_parent");
        assertThat(plan("contact_history", "account_id")).containsIgnoringCase("ix_contact_history_account");
        assertThat(plan("opportunity_history", "account_id")).containsIgnoringCase("ix_opportunity_history_account");
    }

    private String plan(String table, String column) {
        return jdbc.queryForObject("EXPLAIN SELECT * FROM " + table + " WHERE valid_from <= ? AND (valid_to IS NULL "
                + "OR valid_to > ?) AND " + column + " IN (?, ?)", String.class, T0.atOffset(ZoneOffset.UTC),
                T0.atOffset(ZoneOffset.UTC), UUID.randomUUID(), UUID.randomUUID());
    }

    /** One line per node, in the tree's order (so a failure names the nodes that differ, not the whole tree). */
    private static List<String> lines(Optional<HierarchyNode> tree) {
        List<String> lines = new ArrayList<>();
        tree.ifPresent(root -> addLines(root, "", lines));
        return lines;
    }

    private static void addLines(HierarchyNode node, String indent, List<String> lines) {
        lines.add(indent + node.id() + " " + node.name() + " " + node.status() + " own " + node.own() + " rollup " + node.rollup());
        node.children().forEach(child -> addLines(child, indent + "  ", lines));
    }

    private void step(Instant at) {
        UUID account = accounts.get(random.nextInt(accounts.size()));
        switch (random.nextInt(6)) {
            case 0 -> open(random.nextInt(5) == 0 ? null : account, at);
            case 1 -> move(account, at);
            case 2 -> addContact(account, at);
            case 3 -> reassignSomeContact(account, at);
            case 4 -> deal(account, at);
            default -> {
                if (random.nextInt(10) == 0 && parents.values().stream().noneMatch(account::equals)) {
                    projection.on(new AccountClosed(account, "gone"), next(account), at);
                    accounts.remove(account);
                }
            }
        }
    }

    private UUID open(UUID parent, Instant at) {
        UUID id = UUID.randomUUID();
        projection.on(new AccountOpened(id, new AccountProfile("Account " + accounts.size(), AccountKind.COMPANY, null,
                null, null, null, null), parent, null), next(id), at);
        parents.put(id, parent);
        accounts.add(id);
        return id;
    }

    private void move(UUID account, Instant at) {
        UUID target = random.nextInt(4) == 0 ? null : accounts.get(random.nextInt(accounts.size()));
        for (UUID above = target; above != null; above = parents.get(above)) {
            if (above.equals(account)) {
                return;
            }
        }
        projection.on(new AccountMovedInHierarchy(account, parents.get(account), target), next(account), at);
        parents.put(account, target);
    }

    private void addContact(UUID account, Instant at) {
        UUID contact = UUID.randomUUID();
        projection.on(new ContactAdded(contact, account, new ContactDetails("C", "D", null, null, null)), next(contact), at);
        contacts.put(contact, account);
    }

    private void reassignSomeContact(UUID account, Instant at) {
        if (contacts.isEmpty()) {
            addContact(account, at);
            return;
        }
        UUID contact = new ArrayList<>(contacts.keySet()).get(random.nextInt(contacts.size()));
        projection.on(new ContactReassigned(contact, contacts.get(contact), account), next(contact), at);
        contacts.put(contact, account);
    }

    private void deal(UUID account, Instant at) {
        UUID deal = UUID.randomUUID();
        Money amount = new Money(BigDecimal.valueOf(100 + random.nextInt(900)), random.nextBoolean() ? "EUR" : "USD");
        projection.on(new OpportunityOpened(deal, account, new OpportunityTerms("Deal", amount, null, null, null),
                Stage.PROSPECTING, 10), next(deal), at);
        if (random.nextBoolean()) {
            projection.on(new OpportunityStageChanged(deal, Stage.PROSPECTING, Stage.NEGOTIATION, 70), next(deal),
                    at.plusSeconds(30));
        }
        if (random.nextInt(3) == 0) {
            projection.on(new OpportunityWon(deal, amount, null), next(deal), at.plusSeconds(40));
        }
    }

    private long next(UUID aggregate) {
        return sequences.merge(aggregate, 1L, Long::sum) - 1;
    }
}
