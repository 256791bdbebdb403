package io.kontor.command.opportunity;

import io.kontor.api.common.Money;
import io.kontor.api.common.NotFoundException;
import io.kontor.api.common.Patch;
import io.kontor.api.opportunity.ChangeOpportunityStage;
import io.kontor.api.opportunity.Coverage;
import io.kontor.api.opportunity.EndStakeholderRole;
import io.kontor.api.opportunity.LoseOpportunity;
import io.kontor.api.opportunity.OpenOpportunity;
import io.kontor.api.opportunity.OpportunityLost;
import io.kontor.api.opportunity.OpportunityOpened;
import io.kontor.api.opportunity.OpportunityStageChanged;
import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.OpportunityTermsPatch;
import io.kontor.api.opportunity.OpportunityUpdated;
import io.kontor.api.opportunity.OpportunityWon;
import io.kontor.api.opportunity.PlaceStakeholder;
import io.kontor.api.opportunity.Raci;
import io.kontor.api.opportunity.RemoveStakeholder;
import io.kontor.api.opportunity.Stage;
import io.kontor.api.opportunity.StakeholderPlaced;
import io.kontor.api.opportunity.StakeholderRemoved;
import io.kontor.api.opportunity.StakeholderRole;
import io.kontor.api.opportunity.StakeholderRoleEnded;
import io.kontor.api.opportunity.UpdateOpportunity;
import io.kontor.api.opportunity.WinOpportunity;
import io.kontor.command.account.AccountFixtures;
import io.kontor.command.account.AccountRegistry;
import io.kontor.command.contact.ContactRegistry;
import io.kontor.command.hierarchy.Hierarchies;
import io.kontor.platform.axon.KontorCommandTargetResolver;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.kontor.command.account.RuleViolated.invalidFields;
import static io.kontor.command.account.RuleViolated.rule;

class OpportunityAggregateTest {

    private final UUID opportunityId = UUID.randomUUID();
    private final UUID headquarters = UUID.randomUUID();
    private final UUID branch = UUID.randomUUID();
    private final Money value = new Money(new BigDecimal("12500.00"), "EUR");
    private final OpportunityTerms terms = new OpportunityTerms("Cooling for Łódź", value, LocalDate.of(2026, 3, 31), null, null);
    private AccountRegistry accounts;
    private ContactRegistry contacts;
    private AggregateTestFixture<Opportunity> fixture;

    @BeforeEach
    void setUp() {
        JdbcTemplate jdbc = AccountFixtures.database();
        accounts = new AccountRegistry(jdbc, new Hierarchies(jdbc));
        contacts = new ContactRegistry(jdbc, accounts, new Hierarchies(jdbc));
        OpportunityRegistry registry = new OpportunityRegistry(jdbc, accounts, new Hierarchies(jdbc));
        fixture = new AggregateTestFixture<>(Opportunity.class);
        fixture.registerCommandTargetResolver(new KontorCommandTargetResolver());
        fixture.registerInjectableResource(registry);
        accounts.registerOpening(headquarters, null, null);
        accounts.registerOpening(branch, headquarters, null);
    }

    private OpportunityOpened opened() {
        return new OpportunityOpened(opportunityId, branch, terms, Stage.PROSPECTING, 10);
    }

    private static OpportunityTermsPatch probability(Integer probability) {
        return new OpportunityTermsPatch(Patch.keep(), Patch.keep(), Patch.keep(), Patch.set(probability), Patch.keep());
    }

    @Nested
    class Opening {

        @Test
        void opensAtProspectingWithItsDefaultProbability() {
            fixture.givenNoPriorActivity()
                    .when(new OpenOpportunity(opportunityId, branch, new OpportunityTerms(" Cooling for Łódź ",
                            new Money(new BigDecimal("12500"), "EUR"), LocalDate.of(2026, 3, 31), null, null), null))
                    .expectEvents(opened());
        }

        @Test
        void opensAtAGivenStageWithAnExplicitProbability() {
            OpportunityTerms explicit = new OpportunityTerms("Deal", value, null, 35, null);
            fixture.givenNoPriorActivity()
                    .when(new OpenOpportunity(opportunityId, branch, explicit, Stage.PROPOSAL))
                    .expectEvents(new OpportunityOpened(opportunityId, branch, explicit, Stage.PROPOSAL, 35));
        }

        @Test
        void refusesNegativeFloatingOrForeignMoney() {
            fixture.givenNoPriorActivity()
                    .when(new OpenOpportunity(opportunityId, branch, new OpportunityTerms("Deal",
                            new Money(new BigDecimal("-1"), "EUR"), null, null, null), null))
                    .expectException(invalidFields("value.amount"));
            fixture.givenNoPriorActivity()
                    .when(new OpenOpportunity(opportunityId, branch, new OpportunityTerms("Deal",
                            new Money(new BigDecimal("1.005"), "EUR"), null, null, null), null))
                    .expectException(invalidFields("value.amount"));
            fixture.givenNoPriorActivity()
                    .when(new OpenOpportunity(opportunityId, branch, new OpportunityTerms("",
                            new Money(BigDecimal.ONE, "XYZ"), null, 101, null), null))
                    .expectException(invalidFields("name", "value.currency", "probability"));
            fixture.givenNoPriorActivity()
                    .when(new OpenOpportunity(opportunityId, branch, new OpportunityTerms("Deal\u0000",
                            new Money(BigDecimal.ONE, "EUR"), null, null, null), null))
                    .expectException(invalidFields("name"));
        }

        @Test
        void refusesAClosedOrUnknownAccount() {
            UUID closed = UUID.randomUUID();
            accounts.registerOpening(closed, null, null);
            accounts.registerClosing(closed, null);
            fixture.givenNoPriorActivity()
                    .when(new OpenOpportunity(opportunityId, closed, terms, null))
                    .expectException(rule("account-closed"));
            fixture.givenNoPriorActivity()
                    .when(new OpenOpportunity(opportunityId, UUID.randomUUID(), terms, null))
                    .expectException(NotFoundException.class);
        }

        @Test
        void keepsItsAccountOpenUntilItIsClosed() {
            fixture.givenNoPriorActivity()
                    .when(new OpenOpportunity(opportunityId, branch, terms, null))
                    .expectSuccessfulHandlerExecution();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.registerClosing(branch, null))
                    .hasMessageContaining("open opportunit");
        }
    }

    @Nested
    class ChangingTermsAndStages {

        @Test
        void updatesTermsKeepingTheStageDefaultProbability() {
            Money more = new Money(new BigDecimal("15000.00"), "EUR");
            OpportunityTermsPatch patch = new OpportunityTermsPatch(Patch.set("Cooling, both halls"), Patch.set(more),
                    Patch.keep(), Patch.keep(), Patch.keep());
            fixture.given(opened())
                    .when(new UpdateOpportunity(opportunityId, patch))
                    .expectEvents(new OpportunityUpdated(opportunityId, new OpportunityTerms("Cooling, both halls", more,
                            terms.expectedCloseDate(), null, null), 10));
        }

        @Test
        void followsTheStageWithTheDefaultProbability() {
            fixture.given(opened())
                    .when(new ChangeOpportunityStage(opportunityId, Stage.NEGOTIATION))
                    .expectEvents(new OpportunityStageChanged(opportunityId, Stage.PROSPECTING, Stage.NEGOTIATION, 80));
        }

        @Test
        void anExplicitProbabilityStickAcrossStagesUntilCleared() {
            OpportunityTerms explicit = new OpportunityTerms(terms.name(), value, terms.expectedCloseDate(), 35, null);
            fixture.given(opened(), new OpportunityUpdated(opportunityId, explicit, 35))
                    .when(new ChangeOpportunityStage(opportunityId, Stage.PROPOSAL))
                    .expectEvents(new OpportunityStageChanged(opportunityId, Stage.PROSPECTING, Stage.PROPOSAL, 35));
            fixture.given(opened(), new OpportunityUpdated(opportunityId, explicit, 35),
                            new OpportunityStageChanged(opportunityId, Stage.PROSPECTING, Stage.PROPOSAL, 35))
                    .when(new UpdateOpportunity(opportunityId, probability(null)))
                    .expectEvents(new OpportunityUpdated(opportunityId, terms, 60));
        }

        @Test
        void changesNothingForTheSameStageOrTerms() {
            fixture.given(opened())
                    .when(new ChangeOpportunityStage(opportunityId, Stage.PROSPECTING))
                    .expectNoEvents();
            fixture.given(opened())
                    .when(new UpdateOpportunity(opportunityId, probability(null)))
                    .expectNoEvents();
        }

        @Test
        void refusesAProbabilityOutOfRangeOrAMissingStage() {
            fixture.given(opened())
                    .when(new UpdateOpportunity(opportunityId, probability(-5)))
                    .expectException(invalidFields("probability"));
            fixture.given(opened())
                    .when(new ChangeOpportunityStage(opportunityId, null))
                    .expectException(invalidFields("stage"));
        }
    }

    @Nested
    class Closing {

        @Test
        void winsWithItsValue() {
            fixture.given(opened())
                    .when(new WinOpportunity(opportunityId, "signed in Łódź"))
                    .expectEvents(new OpportunityWon(opportunityId, value, "signed in Łódź"));
        }

        @Test
        void losesOnlyWithAReason() {
            fixture.given(opened())
                    .when(new LoseOpportunity(opportunityId, "  "))
                    .expectException(invalidFields("reason"));
            fixture.given(opened())
                    .when(new LoseOpportunity(opportunityId, "went with a competitor"))
                    .expectEvents(new OpportunityLost(opportunityId, "went with a competitor"));
        }

        @Test
        void aWonOrLostOpportunityTakesNoFurtherChange() {
            fixture.given(opened(), new OpportunityWon(opportunityId, value, null))
                    .when(new ChangeOpportunityStage(opportunityId, Stage.PROPOSAL))
                    .expectException(rule("opportunity-closed"));
            fixture.given(opened(), new OpportunityLost(opportunityId, "budget"))
                    .when(new WinOpportunity(opportunityId, null))
                    .expectException(rule("opportunity-closed"));
            fixture.given(opened(), new OpportunityLost(opportunityId, "budget"))
                    .when(new UpdateOpportunity(opportunityId, probability(50)))
                    .expectException(rule("opportunity-closed"));
            fixture.given(opened(), new OpportunityLost(opportunityId, "budget"))
                    .when(new RemoveStakeholder(opportunityId, UUID.randomUUID()))
                    .expectException(rule("opportunity-closed"));
        }
    }

    @Nested
    class BuyingCenter {

        @Test
        void placesAContactFromHeadquartersInABranchDeal() {
            UUID cfo = UUID.randomUUID();
            contacts.registerAdded(cfo, headquarters, "cfo@grupa.pl");
            fixture.given(opened())
                    .when(new PlaceStakeholder(opportunityId, cfo, StakeholderRole.DECISION_MAKER, 5, 4))
                    .expectEvents(new StakeholderPlaced(opportunityId, cfo, StakeholderRole.DECISION_MAKER, 5, 4));
        }

        @Test
        void refusesAStrangerFromAnotherHierarchy() {
            UUID stranger = UUID.randomUUID();
            UUID elsewhere = UUID.randomUUID();
            accounts.registerOpening(elsewhere, null, null);
            contacts.registerAdded(stranger, elsewhere, null);
            fixture.given(opened())
                    .when(new PlaceStakeholder(opportunityId, stranger, StakeholderRole.INFLUENCER, 3, 3))
                    .expectException(rule("stakeholder-outside-hierarchy"))
                    .expectNoEvents();
            fixture.given(opened())
                    .when(new PlaceStakeholder(opportunityId, UUID.randomUUID(), StakeholderRole.INFLUENCER, 3, 3))
                    .expectException(NotFoundException.class);
        }

        @Test
        void refusesARoleOrScoresOutOfRange() {
            fixture.given(opened())
                    .when(new PlaceStakeholder(opportunityId, UUID.randomUUID(), StakeholderRole.USER, 0, 6))
                    .expectException(invalidFields("influence", "interest"));
            fixture.given(opened())
                    .when(new PlaceStakeholder(opportunityId, UUID.randomUUID(), null, 3, 3))
                    .expectException(invalidFields("role"));
        }

        @Test
        void changesAPlacementAndIgnoresARepeat() {
            UUID buyer = UUID.randomUUID();
            contacts.registerAdded(buyer, branch, null);
            StakeholderPlaced placed = new StakeholderPlaced(opportunityId, buyer, StakeholderRole.GATEKEEPER, 2, 2);
            fixture.given(opened(), placed)
                    .when(new PlaceStakeholder(opportunityId, buyer, StakeholderRole.GATEKEEPER, 2, 2))
                    .expectNoEvents();
            fixture.given(opened(), placed)
                    .when(new PlaceStakeholder(opportunityId, buyer, StakeholderRole.BLOCKER, 4, 1))
                    .expectEvents(new StakeholderPlaced(opportunityId, buyer, StakeholderRole.BLOCKER, 4, 1));
        }

        @Test
        void placesASeatWithSeveralRolesAttitudeCoverageAndRaci() {
            UUID cfo = UUID.randomUUID();
            contacts.registerAdded(cfo, headquarters, null);
            fixture.given(opened())
                    .when(new PlaceStakeholder(opportunityId, cfo, StakeholderRole.SIGNER, 5, 3,
                            List.of(StakeholderRole.BLOCKER, StakeholderRole.DECISION_MAKER), -1, Coverage.BRIEF, Raci.A))
                    .expectEvents(new StakeholderPlaced(opportunityId, cfo, StakeholderRole.DECISION_MAKER, 5, 3,
                            List.of(StakeholderRole.DECISION_MAKER, StakeholderRole.SIGNER, StakeholderRole.BLOCKER), -1,
                            Coverage.BRIEF, Raci.A));
        }

        @Test
        void aSeatThatOnlyGainsCoverageIsAChange() {
            UUID buyer = UUID.randomUUID();
            contacts.registerAdded(buyer, branch, null);
            fixture.given(opened(), new StakeholderPlaced(opportunityId, buyer, StakeholderRole.USER, 2, 2))
                    .when(new PlaceStakeholder(opportunityId, buyer, StakeholderRole.USER, 2, 2, List.of(), 0,
                            Coverage.MULTIPLE, null))
                    .expectEvents(new StakeholderPlaced(opportunityId, buyer, StakeholderRole.USER, 2, 2, List.of(), 0,
                            Coverage.MULTIPLE, null));
        }

        @Test
        void refusesAnAttitudeOutOfRangeOrASeatWithoutAnyRole() {
            fixture.given(opened())
                    .when(new PlaceStakeholder(opportunityId, UUID.randomUUID(), StakeholderRole.USER, 3, 3, List.of(), 3,
                            Coverage.UNKNOWN, null))
                    .expectException(invalidFields("attitude"));
            fixture.given(opened())
                    .when(new PlaceStakeholder(opportunityId, UUID.randomUUID(), null, 3, 3, List.of(), -2, null, Raci.I))
                    .expectException(invalidFields("role"));
        }

        @Test
        void removesAStakeholderAndIgnoresAnAbsentOne() {
            UUID buyer = UUID.randomUUID();
            fixture.given(opened(), new StakeholderPlaced(opportunityId, buyer, StakeholderRole.USER, 2, 2))
                    .when(new RemoveStakeholder(opportunityId, buyer))
                    .expectEvents(new StakeholderRemoved(opportunityId, buyer));
            fixture.given(opened())
                    .when(new RemoveStakeholder(opportunityId, buyer))
                    .expectNoEvents();
        }

        @Test
        void endsTheRoleOfAContactWhoMovedAwayButNotOnAClosedDeal() {
            UUID buyer = UUID.randomUUID();
            UUID newEmployer = UUID.randomUUID();
            StakeholderPlaced placed = new StakeholderPlaced(opportunityId, buyer, StakeholderRole.CHAMPION, 4, 5);
            fixture.given(opened(), placed)
                    .when(new EndStakeholderRole(opportunityId, buyer, newEmployer))
                    .expectEvents(new StakeholderRoleEnded(opportunityId, buyer, newEmployer));
            fixture.given(opened(), placed, new OpportunityWon(opportunityId, value, null))
                    .when(new EndStakeholderRole(opportunityId, buyer, newEmployer))
                    .expectNoEvents();
        }
    }
}
