package io.kontor.query.history;

import io.kontor.platform.visibility.Visibility;
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
import io.kontor.api.report.HeadquartersPipelineRow;
import io.kontor.api.report.PipelineFilter;
import io.kontor.api.report.PipelineReport;
import io.kontor.query.readmodel.ReadModelDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Versions in, hierarchies and reports of any instant out. */
class HistoryProjectionTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final JdbcTemplate jdbc = ReadModelDatabases.h2("history", "territories");
    private final HistoryProjection projection = new HistoryProjection(jdbc);
    private final PointInTime history = new PointInTime(jdbc, Visibility.unrestricted());
    private final HistoricalHierarchy hierarchy = new HistoricalHierarchy(history);
    private final HistoricalPipeline pipeline = new HistoricalPipeline(history, new io.kontor.query.territory.TerritoryScopes(jdbc));

    private static Instant day(int day) {
        return T0.plusSeconds(86_400L * day);
    }

    private UUID account(String name, UUID parent, Instant at) {
        UUID id = UUID.randomUUID();
        projection.on(new AccountOpened(id, new AccountProfile(name, AccountKind.COMPANY, null, null, null, null, null),
                parent, null), 0, at);
        return id;
    }

    @Test
    void rebuildsTheHierarchyAndThePipelineOfAnyDay() {
        UUID oldGroup = account("Old group", null, day(0));
        UUID newGroup = account("New group", null, day(0));
        UUID plant = account("Plant", oldGroup, day(1));
        UUID deal = UUID.randomUUID();
        projection.on(new OpportunityOpened(deal, plant, new OpportunityTerms("Deal", new Money(new BigDecimal("1000.00"),
                "EUR"), null, null, null), Stage.PROSPECTING, 10), 0, day(2));
        UUID anna = UUID.randomUUID();
        projection.on(new ContactAdded(anna, plant, new ContactDetails("Anna", "Nowak", null, null, null)), 0, day(2));
        projection.on(new OpportunityStageChanged(deal, Stage.PROSPECTING, Stage.NEGOTIATION, 80), 1, day(3));
        projection.on(new AccountMovedInHierarchy(plant, oldGroup, newGroup), 1, day(4));
        projection.on(new ContactReassigned(anna, plant, newGroup), 1, day(5));
        projection.on(new OpportunityWon(deal, new Money(new BigDecimal("1000.00"), "EUR"), null), 2, day(6));

        assertThat(hierarchy.subtree(plant, null, day(0))).as("before it was opened").isEmpty();
        HierarchyNode dayTwo = hierarchy.subtree(oldGroup, null, day(2)).orElseThrow();
        assertThat(dayTwo.rollup().accounts()).isEqualTo(2);
        assertThat(dayTwo.rollup().contacts()).isEqualTo(1);
        assertThat(dayTwo.rollup().weightedPipeline()).containsExactly(new Money(new BigDecimal("100.00"), "EUR"));
        assertThat(hierarchy.subtree(oldGroup, null, day(3)).orElseThrow().rollup().weightedPipeline())
                .containsExactly(new Money(new BigDecimal("800.00"), "EUR"));
        assertThat(hierarchy.subtree(oldGroup, null, day(4)).orElseThrow().children()).isEmpty();
        HierarchyNode moved = hierarchy.subtree(newGroup, null, day(4)).orElseThrow();
        assertThat(moved.children()).extracting(HierarchyNode::id).containsExactly(plant);
        assertThat(moved.rollup().openOpportunities()).isEqualTo(1);
        assertThat(hierarchy.subtree(newGroup, null, day(5)).orElseThrow().own().contacts()).isEqualTo(1);
        assertThat(hierarchy.subtree(newGroup, null, day(6)).orElseThrow().rollup().won())
                .containsExactly(new Money(new BigDecimal("1000.00"), "EUR"));

        PipelineReport beforeMove = pipeline.report(PipelineFilter.none(), day(3));
        assertThat(beforeMove.headquarters()).extracting(HeadquartersPipelineRow::name).containsExactly("Old group");
        assertThat(pipeline.report(PipelineFilter.none(), day(4)).headquarters()).extracting(HeadquartersPipelineRow::name)
                .containsExactly("New group");
        assertThat(pipeline.report(PipelineFilter.none(), day(6)).headquarters()).isEmpty();
        assertThat(pipeline.tree(newGroup, PipelineFilter.none(), day(4)).accounts()).singleElement()
                .satisfies(row -> assertThat(row.depth()).isEqualTo(1));
    }

    @Test
    void aRedeliveredEventAddsNoVersion() {
        UUID group = account("Group", null, day(0));
        projection.on(new AccountMovedInHierarchy(group, null, null), 1, day(1));
        projection.on(new AccountMovedInHierarchy(group, null, null), 1, day(1));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_history", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_history WHERE valid_to IS NULL", Long.class)).isEqualTo(1);
    }
}
