package io.kontor.query.map;

import io.kontor.api.map.MapEdge;
import io.kontor.api.map.MapNode;
import io.kontor.api.opportunity.Coverage;
import io.kontor.api.opportunity.StakeholderRole;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decision makers behind a gatekeeper. We reach the seats covered at BRIEF or better; from them, a path
 * of relationships between people (either direction: an introduction runs both ways) leads on. A decision
 * maker we do not reach ourselves is behind a gatekeeper when such paths exist, but every one of them
 * passes through a seat holding the GATEKEEPER role (a gatekeeper we reach included). The graph is split
 * into its connected parts twice, once whole and once without the gatekeepers: linear in the map's size,
 * however many decision makers there are.
 */
final class Gatekeepers {

    private final Map<UUID, List<UUID>> neighbours = new HashMap<>();
    private final Set<UUID> reached = new HashSet<>();
    private final Set<UUID> gates = new HashSet<>();
    private final Map<UUID, MapNode> seats = new HashMap<>();

    private Gatekeepers(List<MapNode> seated, List<MapEdge> edges) {
        for (MapEdge edge : edges) {
            if (!edge.type().pointsAtAccount()) {
                neighbours.computeIfAbsent(edge.from(), id -> new ArrayList<>()).add(edge.to());
                neighbours.computeIfAbsent(edge.to(), id -> new ArrayList<>()).add(edge.from());
            }
        }
        for (MapNode seat : seated) {
            seats.put(seat.contactId(), seat);
            if (seat.coveredAtLeast(Coverage.BRIEF)) {
                reached.add(seat.contactId());
            }
            if (seat.holds(StakeholderRole.GATEKEEPER)) {
                gates.add(seat.contactId());
            }
        }
    }

    /** The decision makers behind a gatekeeper, each with the gatekeepers in front of them. */
    static List<MapNode> blocking(List<MapNode> seats, List<MapNode> deciders, List<MapEdge> edges) {
        Gatekeepers graph = new Gatekeepers(seats, edges);
        Set<UUID> withUs = graph.reachedParts(Set.of());
        Set<UUID> withUsWithoutGates = graph.reachedParts(graph.gates);
        List<MapNode> behind = new ArrayList<>();
        for (MapNode decider : deciders) {
            UUID id = decider.contactId();
            if (graph.reached.contains(id) || !withUs.contains(id)) {
                continue;
            }
            // A decision maker who is a gatekeeper too is not fenced off by their own gate.
            Set<UUID> fence = new HashSet<>(graph.gates);
            boolean ownGate = fence.remove(id);
            if (!ownGate && withUsWithoutGates.contains(id)) {
                continue;
            }
            Set<UUID> inside = graph.walk(Set.of(id), fence);
            if (ownGate && inside.stream().anyMatch(graph.reached::contains)) {
                continue;
            }
            behind.add(decider);
            inside.stream().flatMap(person -> graph.neighbours.getOrDefault(person, List.of()).stream())
                    .filter(fence::contains).distinct().map(graph.seats::get).forEach(behind::add);
        }
        return behind;
    }

    /** Everyone connected to a person we reach, without entering {@code fenced}. */
    private Set<UUID> reachedParts(Set<UUID> fenced) {
        Set<UUID> starts = new HashSet<>(reached);
        starts.removeAll(fenced);
        return walk(starts, fenced);
    }

    /** Everyone connected to {@code starts} without entering {@code fenced}. */
    private Set<UUID> walk(Set<UUID> starts, Set<UUID> fenced) {
        Set<UUID> seen = new HashSet<>(starts);
        Deque<UUID> queue = new ArrayDeque<>(starts);
        while (!queue.isEmpty()) {
            for (UUID next : neighbours.getOrDefault(queue.poll(), List.of())) {
                if (!fenced.contains(next) && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }
}
