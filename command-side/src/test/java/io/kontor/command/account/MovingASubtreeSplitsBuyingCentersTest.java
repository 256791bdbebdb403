package io.kontor.command.account;

import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.MoveAccount;
import io.kontor.api.opportunity.EndStakeholderRole;
import io.kontor.command.contact.ContactRegistry;
import io.kontor.command.hierarchy.Hierarchies;
import io.kontor.command.opportunity.OpportunityRegistry;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.kontor.command.account.AccountFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subtree moved under another headquarters takes its accounts out of the old group's buying centers:
 * every stakeholder seat with one side inside the subtree and the other outside ends, in the move's
 * unit of work; seats within the subtree, and every seat when the move stays inside the tree, remain.
 * The Opportunity's own handling of {@link EndStakeholderRole} is covered by its aggregate test; here the
 * commands the move sends are recorded.
 */
class MovingASubtreeSplitsBuyingCentersTest {

    private final UUID group = UUID.randomUUID();
    private final UUID branch = UUID.randomUUID();
    private final UUID sisterBranch = UUID.randomUUID();
    private final UUID otherGroup = UUID.randomUUID();
    private final UUID groupCfo = UUID.randomUUID();
    private final UUID branchBuyer = UUID.randomUUID();
    private final UUID branchDeal = UUID.randomUUID();
    private final UUID groupDeal = UUID.randomUUID();
    private final UUID branchOnlyDeal = UUID.randomUUID();
    private final List<EndStakeholderRole> ended = new CopyOnWriteArrayList<>();
    private AggregateTestFixture<Account> fixture;

    @BeforeEach
    void setUp() {
        JdbcTemplate jdbc = AccountFixtures.database();
        AccountRegistry accounts = new AccountRegistry(jdbc, new Hierarchies(jdbc));
        ContactRegistry contacts = new ContactRegistry(jdbc, accounts, new Hierarchies(jdbc));
        OpportunityRegistry opportunities = new OpportunityRegistry(jdbc, accounts, new Hierarchies(jdbc));
        accounts.registerOpening(group, null, null);
        accounts.registerOpening(branch, group, null);
        accounts.registerOpening(sisterBranch, group, null);
        accounts.registerOpening(otherGroup, null, null);
        contacts.registerAdded(groupCfo, group, "cfo@grupa.pl");
        contacts.registerAdded(branchBuyer, branch, "zakupy@oddzial.pl");
        opportunities.registerOpened(branchDeal, branch);
        opportunities.registerOpened(groupDeal, group);
        opportunities.registerOpened(branchOnlyDeal, branch);
        opportunities.registerStakeholder(branchDeal, branch, groupCfo);
        opportunities.registerStakeholder(groupDeal, group, branchBuyer);
        opportunities.registerStakeholder(branchOnlyDeal, branch, branchBuyer);

        fixture = AccountFixtures.fixture(jdbc, accounts);
        fixture.getCommandBus().subscribe(EndStakeholderRole.class.getName(), command -> {
            ended.add((EndStakeholderRole) command.getPayload());
            return GenericCommandResultMessage.asCommandResultMessage(null);
        });
    }

    @Test
    void aBranchMovedToAnotherGroupLeavesTheOldGroupsBuyingCentersAndTheyLeaveItsDeals() {
        moveTheBranchUnder(otherGroup);

        assertThat(ended).containsExactlyInAnyOrder(
                new EndStakeholderRole(branchDeal, groupCfo, group),
                new EndStakeholderRole(groupDeal, branchBuyer, branch));
    }

    @Test
    void aBranchThatBecomesAHeadquartersSplitsTheSameSeats() {
        moveTheBranchUnder(null);

        assertThat(ended).containsExactlyInAnyOrder(
                new EndStakeholderRole(branchDeal, groupCfo, group),
                new EndStakeholderRole(groupDeal, branchBuyer, branch));
    }

    @Test
    void aMoveWithinTheSameTreeEndsNoRole() {
        moveTheBranchUnder(sisterBranch);

        assertThat(ended).isEmpty();
    }

    private void moveTheBranchUnder(UUID newParent) {
        fixture.given(new AccountOpened(branch, profile("Oddział Łódź"), group, null))
                .when(new MoveAccount(branch, newParent))
                .expectEvents(new AccountMovedInHierarchy(branch, group, newParent));
    }

    @Test
    void aRefusedMoveEndsNoRole() {
        fixture.given(new AccountOpened(group, profile("Grupa"), null, null))
                .when(new MoveAccount(group, branch))
                .expectException(RuleViolated.rule("hierarchy-cycle"))
                .expectNoEvents();

        assertThat(ended).isEmpty();
    }
}
