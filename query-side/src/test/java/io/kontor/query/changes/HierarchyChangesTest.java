package io.kontor.query.changes;

import io.kontor.platform.visibility.Visibility;
import io.kontor.api.account.AccountClosed;
import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.FindHierarchyChanges;
import io.kontor.api.account.HierarchyChange;
import io.kontor.api.account.HierarchyChanges;
import io.kontor.api.account.HierarchyMove;
import io.kontor.api.account.MoneyChange;
import io.kontor.api.account.MoveDirection;
import io.kontor.api.common.Money;
import io.kontor.api.opportunity.OpportunityOpened;
import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.Stage;
import io.kontor.query.history.HistoricalHierarchy;
import io.kontor.query.history.HistoryProjection;
import io.kontor.query.history.PointInTime;
import io.kontor.query.readmodel.ReadModelDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Events into the history projection, what changed between two instants out; on a real database, without Spring. */
class HierarchyChangesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final JdbcTemplate jdbc = ReadModelDatabases.h2("history");
    private final HistoryProjection history = new HistoryProjection(jdbc);
    private final HierarchyChangeQueries changes = new HierarchyChangeQueries(
            new HistoricalHierarchy(new PointInTime(jdbc, Visibility.unrestricted())), new AccountVersions(jdbc), Visibility.unrestricted());

    private static Instant day(double day) {
        return T0.plus(Duration.ofMinutes(Math.round(day * 24 * 60)));
    }

    private UUID open(String name, UUID parent, double day) {
        UUID id = UUID.randomUUID();
        history.on(new AccountOpened(id, new AccountProfile(name, AccountKind.COMPANY, null, null, null, null, null),
                parent, null), 0, day(day));
        return id;
    }

    private void move(UUID account, long sequence, UUID from, UUID to, double day) {
        history.on(new AccountMovedInHierarchy(account, from, to), sequence, day(day));
    }

    private void deal(UUID account, String amount, String currency, double day) {
        history.on(new OpportunityOpened(UUID.randomUUID(), account, new OpportunityTerms("Deal",
                new Money(new BigDecimal(amount), currency), null, null, null), Stage.PROSPECTING, 10), 0, day(day));
    }

    @Test
    void listsTheAccountsOpenedClosedAndMovedAndThePipelineChangePerCurrency() {
        UUID group = open("Grupa Łódź", null, 0);
        UUID other = open("Other group", null, 0);
        UUID plant = open("Plant", group, 1);
        UUID office = open("Office", group, 1);
        UUID workshop = open("Workshop", group, 1);
        UUID kiosk = open("Kiosk", group, 1);
        deal(plant, "1000.00", "EUR", 1);
        UUID store = open("Store", other, 2);
        UUID visitor = open("Visitor", other, 2);
        move(workshop, 1, group, office, 2.5);
        move(visitor, 1, other, group, 3);
        move(visitor, 2, group, other, 3.5);
        move(plant, 1, group, other, 4);
        history.on(new AccountClosed(kiosk, "shut"), 1, day(5));
        move(store, 1, other, group, 6);
        UUID branch = open("Branch", group, 7);
        deal(branch, "500.00", "PLN", 7);
        UUID elsewhere = open("Elsewhere", other, 7);

        HierarchyChanges answer = changes.handle(new FindHierarchyChanges(group, day(1.5), day(7.5))).orElseThrow();

        assertThat(answer.name()).isEqualTo("Grupa Łódź");
        assertThat(answer.opened()).extracting(HierarchyChange::accountId, HierarchyChange::parentName, HierarchyChange::at)
                .containsExactly(tuple(branch, "Grupa Łódź", day(7)));
        assertThat(answer.closed()).extracting(HierarchyChange::accountId, HierarchyChange::at).containsExactly(tuple(kiosk, day(5)));
        assertThat(answer.moved()).extracting(HierarchyMove::name, HierarchyMove::fromParentName, HierarchyMove::toParentName,
                        HierarchyMove::direction)
                .containsExactly(tuple("Workshop", "Grupa Łódź", "Office", MoveDirection.WITHIN),
                        tuple("Visitor", "Other group", "Grupa Łódź", MoveDirection.INTO),
                        tuple("Visitor", "Grupa Łódź", "Other group", MoveDirection.OUT_OF),
                        tuple("Plant", "Grupa Łódź", "Other group", MoveDirection.OUT_OF),
                        tuple("Store", "Other group", "Grupa Łódź", MoveDirection.INTO));
        assertThat(answer.moved()).extracting(HierarchyMove::accountId).doesNotContain(elsewhere);
        assertThat(answer.before().accounts()).as("group, plant, office, workshop, kiosk").isEqualTo(5);
        assertThat(answer.after().accounts()).as("group, office, workshop, store, branch").isEqualTo(5);
        assertThat(answer.pipeline()).containsExactly(
                new MoneyChange("EUR", new BigDecimal("1000.00"), new BigDecimal("0.00"), new BigDecimal("-1000.00")),
                new MoneyChange("PLN", new BigDecimal("0.00"), new BigDecimal("500.00"), new BigDecimal("500.00")));
        assertThat(answer.weightedPipeline()).extracting(MoneyChange::currency, MoneyChange::change)
                .containsExactly(tuple("EUR", new BigDecimal("-100.00")), tuple("PLN", new BigDecimal("50.00")));
        assertThat(answer.won()).isEmpty();
    }

    @Test
    void aTreeOpenedInTheIntervalHasNothingBeforeAndListsItsOwnOpening() {
        UUID group = open("Young group", null, 2);
        UUID branch = open("Its branch", group, 3);
        deal(branch, "100", "JPY", 3);

        HierarchyChanges answer = changes.handle(new FindHierarchyChanges(group, day(1), day(4))).orElseThrow();

        assertThat(answer.before()).isNull();
        assertThat(answer.opened()).extracting(HierarchyChange::accountId).containsExactly(group, branch);
        assertThat(answer.pipeline()).containsExactly(new MoneyChange("JPY", new BigDecimal("0"), new BigDecimal("100"),
                new BigDecimal("100")));
    }

    @Test
    void anAccountThatDidNotExistYetAtTheEndHasNoChanges() {
        UUID late = open("Late", null, 5);

        assertThat(changes.handle(new FindHierarchyChanges(late, day(1), day(4)))).isEmpty();
        assertThat(changes.handle(new FindHierarchyChanges(UUID.randomUUID(), day(1), day(4)))).isEmpty();
    }

    @Test
    void movesOfTheRootItselfAreNotListedAndChangesElsewhereAreLeftOut() {
        UUID holding = open("Holding", null, 0);
        UUID group = open("Group", null, 0);
        UUID plant = open("Plant", group, 0);
        move(group, 1, null, holding, 2);
        open("Unrelated", null, 2);

        HierarchyChanges answer = changes.handle(new FindHierarchyChanges(group, day(1), day(3))).orElseThrow();

        assertThat(answer.moved()).isEmpty();
        assertThat(answer.opened()).isEmpty();
        assertThat(answer.before().accounts()).isEqualTo(2);
        assertThat(changes.handle(new FindHierarchyChanges(holding, day(1), day(3))).orElseThrow().moved())
                .extracting(HierarchyMove::accountId, HierarchyMove::direction).containsExactly(tuple(group, MoveDirection.INTO));
        assertThat(plant).isNotNull();
    }
}
