package io.kontor.query.account;

import io.kontor.api.opportunity.OpportunityLost;
import io.kontor.api.opportunity.OpportunityOpened;
import io.kontor.api.opportunity.OpportunityStageChanged;
import io.kontor.api.opportunity.OpportunityStatus;
import io.kontor.api.opportunity.OpportunityUpdated;
import io.kontor.api.opportunity.OpportunityWon;
import io.kontor.query.account.OpportunityFacts.Fact;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;

import java.util.UUID;

/**
 * Opportunities in the account rollups: every change replaces the opportunity's old contribution
 * with its new one, along its account's path only. Part of the accounts processing group, so it sees
 * opportunity changes and hierarchy moves in the order they happened.
 */
public class OpportunityRollups {

    private final OpportunityFacts facts;
    private final AccountHierarchyStore accounts;
    private final MoneyRollupStore money;

    public OpportunityRollups(OpportunityFacts facts, AccountHierarchyStore accounts, MoneyRollupStore money) {
        this.facts = facts;
        this.accounts = accounts;
        this.money = money;
    }

    @EventHandler
    public void on(OpportunityOpened event, @SequenceNumber long sequence) {
        if (facts.find(event.opportunityId()).isPresent()) {
            return;
        }
        Fact fact = new Fact(event.opportunityId(), event.accountId(), OpportunityStatus.OPEN, event.stage(),
                event.terms().value().amount(), event.terms().value().currency(), event.probability(), sequence);
        facts.insert(fact);
        HierarchyPath path = accounts.pathOf(event.accountId()).orElseThrow();
        accounts.addAlongPath(path, new RollupDelta(0, 0, 1));
        money.add(path, fact.contribution());
    }

    @EventHandler
    public void on(OpportunityUpdated event, @SequenceNumber long sequence) {
        change(event.opportunityId(), sequence, fact -> fact.with(fact.status(), fact.stage(), event.terms().value().amount(),
                event.terms().value().currency(), event.probability(), sequence));
    }

    @EventHandler
    public void on(OpportunityStageChanged event, @SequenceNumber long sequence) {
        change(event.opportunityId(), sequence, fact -> fact.with(fact.status(), event.toStage(), fact.amount(),
                fact.currency(), event.probability(), sequence));
    }

    @EventHandler
    public void on(OpportunityWon event, @SequenceNumber long sequence) {
        change(event.opportunityId(), sequence, fact -> fact.with(OpportunityStatus.WON, fact.stage(), fact.amount(),
                fact.currency(), 100, sequence));
    }

    @EventHandler
    public void on(OpportunityLost event, @SequenceNumber long sequence) {
        change(event.opportunityId(), sequence, fact -> fact.with(OpportunityStatus.LOST, fact.stage(), fact.amount(),
                fact.currency(), 0, sequence));
    }


    private void change(UUID opportunityId, long sequence, java.util.function.UnaryOperator<Fact> change) {
        Fact before = facts.find(opportunityId).orElseThrow();
        if (sequence <= before.version()) {
            return;
        }
        Fact after = change.apply(before);
        facts.update(after);
        HierarchyPath path = accounts.pathOf(before.accountId()).orElseThrow();
        long openDelta = (after.status() == OpportunityStatus.OPEN ? 1 : 0) - (before.status() == OpportunityStatus.OPEN ? 1 : 0);
        accounts.addAlongPath(path, new RollupDelta(0, 0, openDelta));
        money.add(path, before.contribution().negate());
        money.add(path, after.contribution());
    }
}
