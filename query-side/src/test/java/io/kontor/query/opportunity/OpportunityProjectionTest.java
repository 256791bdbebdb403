package io.kontor.query.opportunity;

import io.kontor.platform.visibility.Visibility;
import io.kontor.api.common.Money;
import io.kontor.api.opportunity.FindOpportunity;
import io.kontor.api.opportunity.OpportunityOpened;
import io.kontor.api.opportunity.OpportunityStageChanged;
import io.kontor.api.opportunity.OpportunityStatus;
import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.OpportunityView;
import io.kontor.api.opportunity.OpportunityWon;
import io.kontor.api.opportunity.Stage;
import io.kontor.api.opportunity.Stakeholder;
import io.kontor.api.opportunity.StakeholderPlaced;
import io.kontor.api.opportunity.StakeholderRole;
import io.kontor.api.opportunity.StakeholderRoleEnded;
import io.kontor.query.readmodel.ReadModelDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OpportunityProjectionTest {

    private final JdbcTemplate jdbc = ReadModelDatabases.h2("opportunities");
    private final OpportunityProjection projection = new OpportunityProjection(jdbc);
    private final OpportunityQueries queries = new OpportunityQueries(jdbc, Visibility.unrestricted());

    @Test
    void showsTheDealWithItsStageProbabilityStatusAndBuyingCenter() {
        UUID deal = UUID.randomUUID();
        UUID cfo = UUID.randomUUID();
        UUID engineer = UUID.randomUUID();
        OpportunityTerms terms = new OpportunityTerms("Chillers", new Money(new BigDecimal("12500.00"), "EUR"),
                LocalDate.of(2026, 3, 31), null, null);
        projection.on(new OpportunityOpened(deal, UUID.randomUUID(), terms, Stage.PROSPECTING, 10), 0, Instant.now());
        projection.on(new StakeholderPlaced(deal, cfo, StakeholderRole.DECISION_MAKER, 5, 4), 1);
        projection.on(new StakeholderPlaced(deal, engineer, StakeholderRole.USER, 2, 5), 2);
        projection.on(new OpportunityStageChanged(deal, Stage.PROSPECTING, Stage.PROPOSAL, 60), 3);
        projection.on(new StakeholderRoleEnded(deal, engineer, UUID.randomUUID()), 4);
        projection.on(new StakeholderRoleEnded(deal, engineer, UUID.randomUUID()), 4);

        OpportunityView open = queries.handle(new FindOpportunity(deal)).orElseThrow();
        assertThat(open.stage()).isEqualTo(Stage.PROPOSAL);
        assertThat(open.probability()).isEqualTo(60);
        assertThat(open.value().amount()).isEqualByComparingTo("12500.00");
        assertThat(open.stakeholders()).containsExactly(new Stakeholder(cfo, StakeholderRole.DECISION_MAKER, 5, 4));
        assertThat(open.version()).isEqualTo(4);

        projection.on(new OpportunityWon(deal, terms.value(), "signed"), 5, Instant.parse("2026-03-30T10:00:00Z"));
        OpportunityView won = queries.handle(new FindOpportunity(deal)).orElseThrow();
        assertThat(won.status()).isEqualTo(OpportunityStatus.WON);
        assertThat(won.probability()).isEqualTo(100);
        assertThat(won.closeReason()).isEqualTo("signed");
        assertThat(won.closedAt()).isEqualTo(Instant.parse("2026-03-30T10:00:00Z"));
    }
}
