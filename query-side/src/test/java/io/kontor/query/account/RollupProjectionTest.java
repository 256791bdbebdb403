package io.kontor.query.account;

import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.Figures;
import io.kontor.api.account.HierarchyNode;
import io.kontor.api.common.Money;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactReassigned;
import io.kontor.api.opportunity.OpportunityLost;
import io.kontor.api.opportunity.OpportunityOpened;
import io.kontor.api.opportunity.OpportunityStageChanged;
import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.OpportunityUpdated;
import io.kontor.api.opportunity.OpportunityWon;
import io.kontor.api.opportunity.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rollup rule, events in and figures out, on a real database without Spring. */
class RollupProjectionTest {

    private final Map<UUID, Long> sequences = new HashMap<>();
    private AccountProjection accounts;
    private ContactRollups contacts;
    private OpportunityRollups opportunities;
    private HierarchyReader reader;

    @BeforeEach
    void setUp() {
        ProjectionHarness harness = new ProjectionHarness();
        accounts = harness.accounts;
        contacts = harness.contacts;
        opportunities = harness.opportunities;
        reader = harness.reader;
    }

    private long next(UUID id) {
        return sequences.merge(id, 0L, (old, ignored) -> old + 1);
    }

    private UUID account(String name, UUID parent) {
        UUID id = UUID.randomUUID();
        accounts.on(new AccountOpened(id, new AccountProfile(name, AccountKind.COMPANY, null, null, null, null, null),
                parent, null), next(id), Instant.now());
        return id;
    }

    private UUID contact(UUID account) {
        UUID id = UUID.randomUUID();
        contacts.on(new ContactAdded(id, account, new ContactDetails("Anna", "Nowak", null, null, null)), next(id));
        return id;
    }

    private UUID opportunity(UUID account, String amount, String currency, Stage stage) {
        UUID id = UUID.randomUUID();
        OpportunityTerms terms = new OpportunityTerms("Deal", new Money(new BigDecimal(amount), currency), null, null, null);
        opportunities.on(new OpportunityOpened(id, account, terms, stage, stage.defaultProbability()), next(id));
        return id;
    }

    private HierarchyNode node(UUID id) {
        return reader.subtree(id, 0).orElseThrow();
    }

    private static List<String> money(List<Money> money) {
        return money.stream().map(m -> m.amount().toPlainString() + " " + m.currency()).toList();
    }

    @Test
    void contactsCountAtTheirAccountAndUpTheTreeAndMoveWithAReassignment() {
        UUID group = account("Group", null);
        UUID plant = account("Plant", group);
        UUID other = account("Other", null);
        UUID anna = contact(plant);
        contact(group);

        assertThat(node(group).own().contacts()).isEqualTo(1);
        assertThat(node(group).rollup().contacts()).isEqualTo(2);
        assertThat(node(plant).rollup().contacts()).isEqualTo(1);

        contacts.on(new ContactReassigned(anna, plant, other), next(anna));

        assertThat(node(group).rollup().contacts()).isEqualTo(1);
        assertThat(node(plant).rollup().contacts()).isZero();
        assertThat(node(other).own().contacts()).isEqualTo(1);
    }

    @Test
    void openOpportunitiesFeedPipelineAndWeightedPipelinePerCurrency() {
        UUID group = account("Group", null);
        UUID plant = account("Plant", group);
        opportunity(plant, "12500.00", "EUR", Stage.PROSPECTING);
        opportunity(plant, "1000.50", "PLN", Stage.PROPOSAL);
        opportunity(group, "500.00", "EUR", Stage.NEGOTIATION);

        Figures rollup = node(group).rollup();
        assertThat(rollup.openOpportunities()).isEqualTo(3);
        assertThat(money(rollup.pipeline())).containsExactly("13000.00 EUR", "1000.50 PLN");
        assertThat(money(rollup.weightedPipeline())).containsExactly("1650.00 EUR", "600.30 PLN");
        assertThat(money(node(group).own().pipeline())).containsExactly("500.00 EUR");
        assertThat(rollup.won()).isEmpty();
    }

    @Test
    void stageProbabilityAndValueChangesReplaceTheOldContribution() {
        UUID group = account("Group", null);
        UUID deal = opportunity(group, "1000.00", "EUR", Stage.PROSPECTING);

        opportunities.on(new OpportunityStageChanged(deal, Stage.PROSPECTING, Stage.PROPOSAL, 60), next(deal));
        assertThat(money(node(group).rollup().weightedPipeline())).containsExactly("600.00 EUR");

        OpportunityTerms explicit = new OpportunityTerms("Deal", new Money(new BigDecimal("2000.00"), "EUR"), null, 35, null);
        opportunities.on(new OpportunityUpdated(deal, explicit, 35), next(deal));
        assertThat(money(node(group).rollup().pipeline())).containsExactly("2000.00 EUR");
        assertThat(money(node(group).rollup().weightedPipeline())).containsExactly("700.00 EUR");

        OpportunityTerms inZloty = new OpportunityTerms("Deal", new Money(new BigDecimal("8000.00"), "PLN"), null, 35, null);
        opportunities.on(new OpportunityUpdated(deal, inZloty, 35), next(deal));
        assertThat(money(node(group).rollup().pipeline())).containsExactly("8000.00 PLN");
        assertThat(node(group).rollup().openOpportunities()).isEqualTo(1);
    }

    @Test
    void aWinMovesTheValueFromPipelineToWonAndALossRemovesIt() {
        UUID group = account("Group", null);
        UUID plant = account("Plant", group);
        UUID won = opportunity(plant, "1000.00", "EUR", Stage.NEGOTIATION);
        UUID lost = opportunity(plant, "300.00", "EUR", Stage.PROPOSAL);

        opportunities.on(new OpportunityWon(won, new Money(new BigDecimal("1000.00"), "EUR"), null), next(won));
        opportunities.on(new OpportunityLost(lost, "budget cut"), next(lost));

        Figures rollup = node(group).rollup();
        assertThat(rollup.openOpportunities()).isZero();
        assertThat(rollup.pipeline()).isEmpty();
        assertThat(rollup.weightedPipeline()).isEmpty();
        assertThat(money(rollup.won())).containsExactly("1000.00 EUR");
        assertThat(money(node(plant).own().won())).containsExactly("1000.00 EUR");
    }

    @Test
    void movingASubtreeWithDealsInSeveralCurrenciesShiftsEveryFigureBetweenTheTwoTrees() {
        UUID oldGroup = account("Old group", null);
        UUID division = account("Division", oldGroup);
        UUID company = account("Company", division);
        UUID plant = account("Plant", company);
        UUID newGroup = account("New group", null);
        opportunity(company, "1000.00", "EUR", Stage.PROSPECTING);
        opportunity(plant, "5000.00", "PLN", Stage.QUALIFICATION);
        UUID won = opportunity(plant, "250.00", "USD", Stage.NEGOTIATION);
        opportunities.on(new OpportunityWon(won, new Money(new BigDecimal("250.00"), "USD"), null), next(won));
        opportunity(division, "70.00", "EUR", Stage.PROSPECTING);
        contact(plant);

        accounts.on(new AccountMovedInHierarchy(company, division, newGroup), next(company));

        Figures oldRollup = node(oldGroup).rollup();
        assertThat(oldRollup.accounts()).isEqualTo(2);
        assertThat(oldRollup.contacts()).isZero();
        assertThat(oldRollup.openOpportunities()).isEqualTo(1);
        assertThat(money(oldRollup.pipeline())).containsExactly("70.00 EUR");
        assertThat(oldRollup.won()).isEmpty();
        Figures newRollup = node(newGroup).rollup();
        assertThat(newRollup.accounts()).isEqualTo(3);
        assertThat(newRollup.contacts()).isEqualTo(1);
        assertThat(money(newRollup.pipeline())).containsExactly("1000.00 EUR", "5000.00 PLN");
        assertThat(money(newRollup.weightedPipeline())).containsExactly("100.00 EUR", "1000.00 PLN");
        assertThat(money(newRollup.won())).containsExactly("250.00 USD");
        assertThat(money(node(company).rollup().pipeline())).containsExactly("1000.00 EUR", "5000.00 PLN");

        accounts.on(new AccountMovedInHierarchy(plant, company, null), next(plant));
        assertThat(money(node(newGroup).rollup().pipeline())).containsExactly("1000.00 EUR");
        assertThat(node(newGroup).rollup().won()).isEmpty();
        assertThat(money(node(plant).rollup().won())).containsExactly("250.00 USD");
        assertThat(node(plant).rollup().accounts()).isEqualTo(1);
    }

    @Test
    void laterDealsUnderAMovedSubtreeCountForTheNewTreeOnly() {
        UUID oldGroup = account("Old", null);
        UUID newGroup = account("New", null);
        UUID plant = account("Plant", oldGroup);
        accounts.on(new AccountMovedInHierarchy(plant, oldGroup, newGroup), next(plant));
        UUID deal = opportunity(plant, "10.00", "EUR", Stage.PROSPECTING);
        opportunities.on(new OpportunityStageChanged(deal, Stage.PROSPECTING, Stage.NEGOTIATION, 80), next(deal));

        assertThat(node(oldGroup).rollup().pipeline()).isEmpty();
        assertThat(money(node(newGroup).rollup().weightedPipeline())).containsExactly("8.00 EUR");
    }

    @Test
    void aRedeliveredOpportunityOrContactEventChangesNothing() {
        UUID group = account("Group", null);
        UUID deal = opportunity(group, "100.00", "EUR", Stage.PROSPECTING);
        opportunities.on(new OpportunityStageChanged(deal, Stage.PROSPECTING, Stage.PROPOSAL, 60), 1);
        opportunities.on(new OpportunityStageChanged(deal, Stage.PROSPECTING, Stage.PROPOSAL, 60), 1);
        OpportunityTerms terms = new OpportunityTerms("Deal", new Money(new BigDecimal("100.00"), "EUR"), null, null, null);
        opportunities.on(new OpportunityOpened(deal, group, terms, Stage.PROSPECTING, 10), 0);
        UUID anna = UUID.randomUUID();
        ContactAdded added = new ContactAdded(anna, group, new ContactDetails("Anna", "Nowak", null, null, null));
        contacts.on(added, 0);
        contacts.on(added, 0);

        assertThat(node(group).rollup().openOpportunities()).isEqualTo(1);
        assertThat(money(node(group).rollup().weightedPipeline())).containsExactly("60.00 EUR");
        assertThat(node(group).rollup().contacts()).isEqualTo(1);
    }
}
