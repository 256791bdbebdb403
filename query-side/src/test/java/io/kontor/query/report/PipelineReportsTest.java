package io.kontor.query.report;

import io.kontor.platform.visibility.Visibility;
import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.common.Money;
import io.kontor.api.opportunity.OpportunityLost;
import io.kontor.api.opportunity.OpportunityOpened;
import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.Stage;
import io.kontor.api.report.FindHeadquartersPipeline;
import io.kontor.api.report.FindPipelineReport;
import io.kontor.api.report.HeadquartersPipeline;
import io.kontor.api.report.HeadquartersPipelineRow;
import io.kontor.api.report.PipelineFilter;
import io.kontor.api.report.PipelineReport;
import io.kontor.api.report.StageFigures;
import io.kontor.query.account.AccountProjection;
import io.kontor.query.account.OpportunityRollups;
import io.kontor.query.account.ProjectionHarness;
import io.kontor.query.history.HistoricalPipeline;
import io.kontor.query.history.PointInTime;
import io.kontor.query.territory.TerritoryScopes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Pipeline per headquarters from the accounts projection, events in and report out. */
class PipelineReportsTest {

    private AccountProjection accounts;
    private OpportunityRollups opportunities;
    private PipelineReports reports;

    @BeforeEach
    void setUp() {
        ProjectionHarness harness = new ProjectionHarness();
        accounts = harness.accounts;
        opportunities = harness.opportunities;
        reports = new PipelineReports(harness.jdbc, new HistoricalPipeline(new PointInTime(harness.jdbc, Visibility.unrestricted()),
                new TerritoryScopes(harness.jdbc)), new TerritoryScopes(harness.jdbc), Visibility.unrestricted());
    }

    private UUID account(String name, UUID parent, String region) {
        UUID id = UUID.randomUUID();
        accounts.on(new AccountOpened(id, new AccountProfile(name, AccountKind.COMPANY, null, "PL", region, null, null),
                parent, null), 0, Instant.now());
        return id;
    }

    private UUID deal(UUID account, String amount, String currency, Stage stage) {
        UUID id = UUID.randomUUID();
        opportunities.on(new OpportunityOpened(id, account, new OpportunityTerms("Deal",
                new Money(new BigDecimal(amount), currency), null, null, null), stage, stage.defaultProbability()), 0);
        return id;
    }

    private static StageFigures stage(List<StageFigures> stages, Stage stage) {
        return stages.stream().filter(figures -> figures.stage() == stage).findFirst().orElseThrow();
    }

    private static List<String> money(List<Money> money) {
        return money.stream().map(m -> m.amount().toPlainString() + " " + m.currency()).toList();
    }

    @Test
    void groupsEveryOpenDealUnderItsHeadquartersPerStageAndCurrency() {
        UUID zywiec = account("Żywiec Group", null, "PL-24");
        UUID brewery = account("Brewery", zywiec, "PL-24");
        UUID depot = account("Depot Łódź", brewery, "PL-10");
        UUID acme = account("Acme", null, "PL-14");
        deal(brewery, "1000.00", "EUR", Stage.PROPOSAL);
        deal(depot, "333.33", "EUR", Stage.PROPOSAL);
        deal(depot, "5000.00", "PLN", Stage.PROSPECTING);
        UUID lost = deal(acme, "10.00", "EUR", Stage.NEGOTIATION);
        opportunities.on(new OpportunityLost(lost, "no budget"), 1);
        deal(acme, "200.00", "EUR", Stage.NEGOTIATION);

        PipelineReport report = reports.handle(new FindPipelineReport(PipelineFilter.none(), null));

        assertThat(report.headquarters()).extracting(HeadquartersPipelineRow::name).containsExactly("Acme", "Żywiec Group");
        HeadquartersPipelineRow group = report.headquarters().get(1);
        assertThat(group.stages()).hasSize(5);
        assertThat(stage(group.stages(), Stage.PROPOSAL).count()).isEqualTo(2);
        assertThat(money(stage(group.stages(), Stage.PROPOSAL).value())).containsExactly("1333.33 EUR");
        assertThat(money(stage(group.stages(), Stage.PROPOSAL).weightedValue())).containsExactly("800.00 EUR");
        assertThat(money(group.totals().value())).containsExactly("1333.33 EUR", "5000.00 PLN");
        assertThat(group.totals().count()).isEqualTo(3);
        assertThat(report.totals().count()).isEqualTo(4);
        assertThat(money(report.totals().weightedValue())).containsExactly("960.00 EUR", "500.00 PLN");
    }

    @Test
    void filtersSelectTheAccountsWhoseDealsCount() {
        UUID group = account("Group", null, "PL-24");
        UUID depot = account("Depot", group, "PL-10");
        deal(group, "1.00", "EUR", Stage.PROSPECTING);
        deal(depot, "2.00", "EUR", Stage.PROSPECTING);

        PipelineReport lodzOnly = reports.handle(new FindPipelineReport(new PipelineFilter(null, null, null, "pl-10"), null));
        assertThat(lodzOnly.headquarters()).singleElement()
                .satisfies(row -> assertThat(money(row.totals().value())).containsExactly("2.00 EUR"));
        assertThat(reports.handle(new FindPipelineReport(new PipelineFilter(null, null, "DE", null), null)).headquarters())
                .isEmpty();
    }

    @Test
    void aTreeReportBreaksDownPerAccountAndFollowsMoves() {
        UUID group = account("Group", null, null);
        UUID depot = account("Depot", group, null);
        UUID other = account("Other group", null, null);
        deal(group, "1.00", "EUR", Stage.PROSPECTING);
        deal(depot, "2.00", "EUR", Stage.QUALIFICATION);

        HeadquartersPipeline tree = reports.handle(new FindHeadquartersPipeline(group, PipelineFilter.none(), null));
        assertThat(tree.accounts()).extracting(row -> row.name()).containsExactly("Group", "Depot");
        assertThat(money(tree.totals().value())).containsExactly("3.00 EUR");

        accounts.on(new AccountMovedInHierarchy(depot, group, other), 1);
        assertThat(money(reports.handle(new FindHeadquartersPipeline(group, PipelineFilter.none(), null)).totals().value()))
                .containsExactly("1.00 EUR");
        PipelineReport report = reports.handle(new FindPipelineReport(PipelineFilter.none(), null));
        assertThat(report.headquarters()).extracting(HeadquartersPipelineRow::name).containsExactly("Group", "Other group");
    }
}
