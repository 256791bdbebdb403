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
 * passes through a seat holding the GATEKEEPER role (a gatekeeper we reach included). Two walks of the
 * graph per decision maker we do not reach: linear in the map's size.
 */
final class Gatekeepers {

    private Gatekeepers() {
    }

    /** The decision makers behind a gatekeeper, each with the gatekeepers in front of them. */
    static List<MapNode> blocking(List<MapNode> seats, List<MapNode> deciders, List<MapEdge> edges) {
        Map<UUID, List<UUID>> neighbours = new HashMap<>();
        for (MapEdge edge : edges) {
            if (!edge.type().pointsAtAccount()) {
                neighbours.computeIfAbsent(edge.from(), id -> new ArrayList<>()).add(edge.to());
                neighbours.computeIfAbsent(edge.to(), id -> new ArrayList<>()).add(edge.from());
            }
        }
        Set<UUID> reached = new HashSet<>();
        Set<UUID> gatekeepers = new HashSet<>();
        Map<UUID, MapNode> byId = new HashMap<>();
        for (MapNode seat : seats) {
            byId.put(seat.contactId(), seat);
            if (seat.coveredAtLeast(Coverage.BRIEF)) {
                reached.add(seat.contactId());
            }
            if (seat.holds(StakeholderRole.GATEKEEPER)) {
                gatekeepers.add(seat.contactId());
            }
        }
        List<MapNode> behind = new ArrayList<>();
        for (MapNode decider : deciders) {
            if (reached.contains(decider.contactId())) {
                continue;
            }
            Set<UUID> front = new HashSet<>(gatekeepers);
            front.remove(decider.contactId());
            // Walking from the decision maker without crossing a gatekeeper: the people on our side of the gate.
            Set<UUID> inside = walk(decider.contactId(), neighbours, front);
            boolean reachedInside = inside.stream().anyMatch(reached::contains);
            boolean reachedAtAll = walk(decider.contactId(), neighbours, Set.of()).stream().anyMatch(reached::contains);
            if (reachedAtAll && !reachedInside) {
                behind.add(decider);
                inside.stream().flatMap(id -> neighbours.getOrDefault(id, List.of()).stream()).filter(front::contains)
                        .distinct().map(byId::get).forEach(behind::add);
            }
        }
        return behind;
    }

    /** Everyone connected to {@code start} without entering {@code fenced} (its fenced neighbours not included). */
    private static Set<UUID> walk(UUID start, Map<UUID, List<UUID>> neighbours, Set<UUID> fenced) {
        Set<UUID> seen = new HashSet<>(List.of(start));
        Deque<UUID> queue = new ArrayDeque<>(List.of(start));
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
