package io.kontor.command.opportunity;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.InvalidInputException;
import io.kontor.api.opportunity.ChangeOpportunityStage;
import io.kontor.api.opportunity.EndStakeholderRole;
import io.kontor.api.opportunity.LoseOpportunity;
import io.kontor.api.opportunity.OpenOpportunity;
import io.kontor.api.opportunity.OpportunityLost;
import io.kontor.api.opportunity.OpportunityOpened;
import io.kontor.api.opportunity.OpportunityRules;
import io.kontor.api.opportunity.OpportunityStageChanged;
import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.OpportunityUpdated;
import io.kontor.api.opportunity.OpportunityWon;
import io.kontor.api.opportunity.PlaceStakeholder;
import io.kontor.api.opportunity.RemoveStakeholder;
import io.kontor.api.opportunity.Stage;
import io.kontor.api.opportunity.Stakeholder;
import io.kontor.api.opportunity.StakeholderPlaced;
import io.kontor.api.opportunity.StakeholderRemoved;
import io.kontor.api.opportunity.StakeholderRoleEnded;
import io.kontor.api.opportunity.UpdateOpportunity;
import io.kontor.api.opportunity.WinOpportunity;
import io.kontor.platform.axon.AggregateSnapshots;
import io.kontor.platform.axon.AxonInfrastructureConfiguration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A deal on one account, moving through the stages until it is won or lost. The probability follows
 * the stage unless one was set explicitly; that one sticks until it is changed (or cleared) again.
 * A won or lost opportunity takes no further change.
 */
@Aggregate(commandTargetResolver = AxonInfrastructureConfiguration.COMMAND_TARGET_RESOLVER,
        snapshotTriggerDefinition = AggregateSnapshots.TRIGGER)
public class Opportunity {

    static final int MAX_REASON = 1000;

    @AggregateIdentifier
    private UUID opportunityId;
    private UUID accountId;
    private OpportunityTerms terms;
    private Stage stage;
    private boolean closed;
    private final Map<UUID, Stakeholder> stakeholders = new HashMap<>();

    protected Opportunity() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public Opportunity(OpenOpportunity command, OpportunityRegistry registry) {
        OpportunityTerms opened = command.terms().normalized();
        OpportunityRules.check(opened);
        Stage initial = command.stage() == null ? Stage.PROSPECTING : command.stage();
        registry.registerOpened(command.opportunityId(), command.accountId());
        apply(new OpportunityOpened(command.opportunityId(), command.accountId(), opened, initial, opened.probabilityAt(initial)));
    }

    @CommandHandler
    public void handle(UpdateOpportunity command) {
        requireOpen();
        OpportunityTerms updated = command.patch().applyTo(terms);
        OpportunityRules.check(updated);
        if (!updated.equals(terms)) {
            apply(new OpportunityUpdated(opportunityId, updated, updated.probabilityAt(stage)));
        }
    }

    @CommandHandler
    public void handle(ChangeOpportunityStage command) {
        requireOpen();
        if (command.stage() == null) {
            throw InvalidInputException.of("stage", "is required");
        }
        if (command.stage() != stage) {
            apply(new OpportunityStageChanged(opportunityId, stage, command.stage(), terms.probabilityAt(command.stage())));
        }
    }

    @CommandHandler
    public void handle(WinOpportunity command, OpportunityRegistry registry) {
        requireOpen();
        registry.registerClosed(opportunityId);
        apply(new OpportunityWon(opportunityId, terms.value(), reason(command.reason(), false)));
    }

    @CommandHandler
    public void handle(LoseOpportunity command, OpportunityRegistry registry) {
        requireOpen();
        String reason = reason(command.reason(), true);
        registry.registerClosed(opportunityId);
        apply(new OpportunityLost(opportunityId, reason));
    }

    @CommandHandler
    public void handle(PlaceStakeholder command, OpportunityRegistry registry) {
        requireOpen();
        Stakeholder placed = command.seat();
        OpportunityRules.checkStakeholder(placed);
        registry.registerStakeholder(opportunityId, accountId, command.contactId());
        if (!placed.equals(stakeholders.get(command.contactId()))) {
            apply(new StakeholderPlaced(opportunityId, placed.contactId(), placed.role(), placed.influence(), placed.interest(),
                    placed.roles(), placed.attitude(), placed.coverage(), placed.raci()));
        }
    }

    @CommandHandler
    public void handle(RemoveStakeholder command, OpportunityRegistry registry) {
        requireOpen();
        if (stakeholders.containsKey(command.contactId())) {
            registry.registerStakeholderGone(opportunityId, command.contactId());
            apply(new StakeholderRemoved(opportunityId, command.contactId()));
        }
    }

    @CommandHandler
    public void handle(EndStakeholderRole command, OpportunityRegistry registry) {
        if (!closed && stakeholders.containsKey(command.contactId())) {
            registry.registerStakeholderGone(opportunityId, command.contactId());
            apply(new StakeholderRoleEnded(opportunityId, command.contactId(), command.contactNowAtAccountId()));
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new BusinessRuleViolation("opportunity-closed",
                    "Opportunity " + opportunityId + " is already won or lost and takes no further change.");
        }
    }

    private static String reason(String reason, boolean required) {
        String stripped = reason == null || reason.isBlank() ? null : reason.strip();
        if (stripped == null && required) {
            throw InvalidInputException.of("reason", "must not be blank: say why it was lost");
        }
        if (stripped != null && stripped.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "must be at most " + MAX_REASON + " characters");
        }
        return stripped;
    }

    @EventSourcingHandler
    void on(OpportunityOpened event) {
        opportunityId = event.opportunityId();
        accountId = event.accountId();
        terms = event.terms();
        stage = event.stage();
    }

    @EventSourcingHandler
    void on(OpportunityUpdated event) {
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(OpportunityStageChanged event) {
        stage = event.toStage();
    }

    @EventSourcingHandler
    void on(OpportunityWon event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(OpportunityLost event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(StakeholderPlaced event) {
        stakeholders.put(event.contactId(), event.seat());
    }

    @EventSourcingHandler
    void on(StakeholderRemoved event) {
        stakeholders.remove(event.contactId());
    }

    @EventSourcingHandler
    void on(StakeholderRoleEnded event) {
        stakeholders.remove(event.contactId());
    }
}
