package io.kontor.command.territory;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.NotFoundException;
import io.kontor.api.territory.ChangeTerritory;
import io.kontor.api.territory.CreateTerritory;
import io.kontor.api.territory.TerritoryChanged;
import io.kontor.api.territory.TerritoryCreated;
import io.kontor.api.territory.TerritoryDefinition;
import io.kontor.api.territory.TerritoryEvent;
import io.kontor.platform.axon.AxonInfrastructureConfiguration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A sales territory: a node of the territory tree with rules that say which accounts belong to it, a
 * default owner and members. Every change is a new version with the instant it takes effect from, so
 * the territories of any past instant can be told (and a reorganisation can be entered ahead of time).
 * Rules spanning territories (names, parents, priorities) are the {@link TerritoryRegistry}'s.
 */
@Aggregate(commandTargetResolver = AxonInfrastructureConfiguration.COMMAND_TARGET_RESOLVER)
public class Territory {

    @AggregateIdentifier
    private UUID territoryId;
    private int version;
    private TerritoryDefinition definition;
    private Instant effectiveFrom;

    protected Territory() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public Territory(CreateTerritory command, TerritoryRegistry registry) {
        int priority = command.priority() == null ? registry.nextPriority(command.parentId()) : command.priority();
        TerritoryDefinition created = new TerritoryDefinition(command.name(), command.parentId(), priority, command.rules(),
                command.ownerId(), command.members()).normalized();
        created.check();
        registry.registerCreation(command.territoryId(), created);
        apply(new TerritoryCreated(command.territoryId(), 1, created, command.effectiveFrom()));
    }

    @CommandHandler
    public void handle(ChangeTerritory command, TerritoryRegistry registry) {
        if (definition == null) {
            // the id is another kind of record's: its events do not make a territory
            throw new NotFoundException("territory", command.territoryId());
        }
        TerritoryDefinition changed = command.patch().applyTo(definition);
        changed.check();
        if (changed.equals(definition)) {
            return;
        }
        if (command.effectiveFrom().isBefore(effectiveFrom)) {
            throw new BusinessRuleViolation("territory-version-order", "Version " + version + " of territory " + territoryId
                    + " takes effect at " + effectiveFrom + "; a new version cannot take effect before it.",
                    Map.of("effectiveFrom", effectiveFrom.toString()));
        }
        registry.registerChange(territoryId, definition, changed);
        apply(new TerritoryChanged(territoryId, version + 1, changed, command.effectiveFrom()));
    }

    @EventSourcingHandler
    void on(TerritoryCreated event) {
        territoryId = event.territoryId();
        started(event);
    }

    @EventSourcingHandler
    void on(TerritoryChanged event) {
        started(event);
    }

    private void started(TerritoryEvent event) {
        version = event.version();
        definition = event.definition();
        effectiveFrom = event.effectiveFrom();
    }
}
