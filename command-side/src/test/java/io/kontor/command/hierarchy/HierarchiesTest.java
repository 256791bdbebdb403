package io.kontor.command.hierarchy;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.command.account.AccountRegistry;
import io.kontor.platform.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every account knows its headquarters, through openings, moves and an opening racing a move, on a real database. */
class HierarchiesTest {

    private final DataSource dataSource = TestDatabases.h2();
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    private final Hierarchies hierarchies = new Hierarchies(jdbc);
    private final AccountRegistry accounts = new AccountRegistry(jdbc, hierarchies);
    private final UUID group = UUID.randomUUID();
    private final UUID division = UUID.randomUUID();
    private final UUID store = UUID.randomUUID();
    private final UUID buyer = UUID.randomUUID();

    private void openTheGroup() {
        accounts.registerOpening(group, null, null);
        accounts.registerOpening(division, group, null);
        accounts.registerOpening(store, division, null);
        accounts.registerOpening(buyer, null, null);
    }

    @Test
    void anAccountBelongsToTheHeadquartersOfItsParent() {
        openTheGroup();

        assertThat(hierarchies.headquartersOf(store)).isEqualTo(group);
        assertThat(hierarchies.headquartersOf(buyer)).isEqualTo(buyer);
        assertThat(hierarchies.sameHierarchy(store, division)).isTrue();
        assertThat(hierarchies.ancestorsOf(store)).containsExactly(store, division, group);
    }

    @Test
    void aMoveTakesTheWholeSubtreeToTheNewHeadquarters() {
        openTheGroup();

        SubtreeMoved moved = accounts.registerMove(division, buyer);

        assertThat(moved).isEqualTo(new SubtreeMoved(division, Set.of(division, store), group, buyer));
        assertThat(hierarchies.headquartersOf(store)).isEqualTo(buyer);
        assertThat(hierarchies.headquartersOf(group)).isEqualTo(group);
        assertThat(accounts.registerMove(division, null).subtree()).containsExactlyInAnyOrder(division, store);
        assertThat(hierarchies.headquartersOf(store)).isEqualTo(division);
    }

    @Test
    void aMoveWithinTheTreeMovesNoHeadquartersAndACycleIsRefused() {
        openTheGroup();
        UUID sister = UUID.randomUUID();
        accounts.registerOpening(sister, group, null);

        assertThat(accounts.registerMove(store, sister)).matches(move -> !move.changesHeadquarters() && move.subtree().isEmpty());
        assertThatThrownBy(() -> accounts.registerMove(group, sister)).isInstanceOfSatisfying(BusinessRuleViolation.class,
                violation -> assertThat(violation.rule()).isEqualTo("hierarchy-cycle"));
    }

    /**
     * Headquarters are walked to, not stored: an account opened under a subtree while it moves (committed after
     * the move) belongs to the new headquarters, and the move neither waits for the opening nor misses it.
     */
    @Test
    void anAccountOpenedUnderAMovingSubtreeMovesWithIt() throws Exception {
        openTheGroup();
        UUID newStore = UUID.randomUUID();
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        CountDownLatch opened = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        CompletableFuture<Void> opening = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            accounts.registerOpening(newStore, store, null);
            opened.countDown();
            released(mayCommit);
        }));
        assertThat(opened.await(10, TimeUnit.SECONDS)).isTrue();

        SubtreeMoved move = transactions.execute(status -> accounts.registerMove(division, buyer));
        mayCommit.countDown();
        opening.get(10, TimeUnit.SECONDS);

        assertThat(move.subtree()).containsExactlyInAnyOrder(division, store);
        assertThat(hierarchies.headquartersOf(newStore)).isEqualTo(buyer);
        assertThat(hierarchies.ancestorsOf(newStore)).containsExactly(newStore, store, division, buyer);
    }

    private static void released(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
