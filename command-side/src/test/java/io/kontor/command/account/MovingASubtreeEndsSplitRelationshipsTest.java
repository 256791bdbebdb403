package io.kontor.command.account;

import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.MoveAccount;
import io.kontor.api.relationship.EndRelationship;
import io.kontor.api.relationship.RelationshipEndCause;
import io.kontor.api.relationship.RelationshipRules;
import io.kontor.api.relationship.RelationshipType;
import io.kontor.command.contact.ContactRegistry;
import io.kontor.command.hierarchy.Hierarchies;
import io.kontor.command.relationship.RelationshipRegistry;
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
 * A subtree moved under another headquarters ends the relationships between its people and the old
 * group's people, both ways, in the move's unit of work, naming the move as the cause; relationships
 * within the subtree and former employments (which may point anywhere) stay, and a move inside the
 * tree ends none. The Contact's own handling of {@link EndRelationship} is covered by its aggregate test.
 */
class MovingASubtreeEndsSplitRelationshipsTest {

    private final UUID group = UUID.randomUUID();
    private final UUID branch = UUID.randomUUID();
    private final UUID sisterBranch = UUID.randomUUID();
    private final UUID otherGroup = UUID.randomUUID();
    private final UUID groupCfo = UUID.randomUUID();
    private final UUID branchBuyer = UUID.randomUUID();
    private final UUID branchColleague = UUID.randomUUID();
    private final UUID cfoAdvisesBuyer = UUID.randomUUID();
    private final UUID buyerReportsToCfo = UUID.randomUUID();
    private final List<EndRelationship> ended = new CopyOnWriteArrayList<>();
    private AggregateTestFixture<Account> fixture;

    @BeforeEach
    void setUp() {
        JdbcTemplate jdbc = AccountFixtures.database();
        Hierarchies hierarchies = new Hierarchies(jdbc);
        AccountRegistry accounts = new AccountRegistry(jdbc, hierarchies);
        ContactRegistry contacts = new ContactRegistry(jdbc, accounts, hierarchies);
        RelationshipRegistry relationships = new RelationshipRegistry(jdbc, hierarchies);
        accounts.registerOpening(group, null, null);
        accounts.registerOpening(branch, group, null);
        accounts.registerOpening(sisterBranch, group, null);
        accounts.registerOpening(otherGroup, null, null);
        contacts.registerAdded(groupCfo, group, null);
        contacts.registerAdded(branchBuyer, branch, null);
        contacts.registerAdded(branchColleague, branch, null);
        relationships.registerAdded(cfoAdvisesBuyer, groupCfo, RelationshipType.ADVISES, branchBuyer, null);
        relationships.registerAdded(buyerReportsToCfo, branchBuyer, RelationshipType.REPORTS_TO, groupCfo, null);
        relationships.registerAdded(UUID.randomUUID(), branchColleague, RelationshipType.WORKED_WITH, branchBuyer, null);
        relationships.registerAdded(UUID.randomUUID(), branchBuyer, RelationshipType.FORMER_EMPLOYEE_OF, null, otherGroup);

        fixture = AccountFixtures.fixture(jdbc, accounts);
        fixture.getCommandBus().subscribe(EndRelationship.class.getName(), command -> {
            ended.add((EndRelationship) command.getPayload());
            return GenericCommandResultMessage.asCommandResultMessage(null);
        });
    }

    @Test
    void aBranchSoldToAnotherGroupEndsItsPeoplesRelationshipsWithTheOldGroupBothWays() {
        moveTheBranchUnder(otherGroup);

        assertThat(ended).containsExactlyInAnyOrder(
                new EndRelationship(groupCfo, cfoAdvisesBuyer, RelationshipRules.today(), RelationshipEndCause.ACCOUNT_MOVED, branch),
                new EndRelationship(branchBuyer, buyerReportsToCfo, RelationshipRules.today(), RelationshipEndCause.ACCOUNT_MOVED,
                        branch));
    }

    @Test
    void aMoveWithinTheSameTreeEndsNoRelationship() {
        moveTheBranchUnder(sisterBranch);

        assertThat(ended).isEmpty();
    }

    private void moveTheBranchUnder(UUID newParent) {
        fixture.given(new AccountOpened(branch, profile("Oddział Gdańsk"), group, null))
                .when(new MoveAccount(branch, newParent))
                .expectEvents(new AccountMovedInHierarchy(branch, group, newParent));
    }
}
