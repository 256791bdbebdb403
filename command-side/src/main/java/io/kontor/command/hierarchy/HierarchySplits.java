package io.kontor.command.hierarchy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The one answer to "which links does this move or reassignment split": every {@link SplittableLinks}
 * kind is asked, and each ending command is sent within the caller's unit of work, so the endings
 * join its transaction and commit or roll back with the move. Each ending records its cause in its
 * event (and the move's command is its causation, so auditors find the move's correlation id on it).
 */
@Component
public class HierarchySplits {

    private final List<SplittableLinks> kinds;
    private final CommandGateway commands;

    public HierarchySplits(List<SplittableLinks> kinds, CommandGateway commands) {
        this.kinds = List.copyOf(kinds);
        this.commands = commands;
    }

    /** Ends every link the registered change split; nothing for a change within one hierarchy. */
    public void endLinksSplitBy(HierarchyChange change) {
        if (change == null || !change.changesHeadquarters()) {
            return;
        }
        List<Object> endings = new ArrayList<>();
        for (SplittableLinks kind : kinds) {
            endings.addAll(change instanceof SubtreeMoved move ? kind.endingsAfter(move)
                    : kind.endingsAfter((ContactMoved) change));
        }
        endings.forEach(commands::sendAndWait);
    }
}
