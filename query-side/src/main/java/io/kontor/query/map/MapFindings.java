package io.kontor.query.map;

import io.kontor.api.map.MapEdge;
import io.kontor.api.map.MapFinding;
import io.kontor.api.map.MapFindingCode;
import io.kontor.api.map.MapNode;
import io.kontor.api.map.MapReview;
import io.kontor.api.opportunity.Coverage;
import io.kontor.api.opportunity.StakeholderRole;
import io.kontor.api.relationship.RelationshipType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What an account map is missing, each rule a few lines over the nodes and edges. The buying-center
 * findings need an opportunity (they judge its seats); the review finding holds for every map.
 */
final class MapFindings {

    static final Duration REVIEW_INTERVAL = Duration.ofDays(90);
    private static final Set<RelationshipType> SWAYING = Set.of(RelationshipType.INFLUENCES, RelationshipType.ADVISES);

    private MapFindings() {
    }

    static List<MapFinding> of(List<MapNode> nodes, List<MapEdge> edges, boolean forAnOpportunity, MapReview lastReview,
                               Instant at) {
        List<MapFinding> findings = new ArrayList<>();
        if (forAnOpportunity) {
            List<MapNode> seats = nodes.stream().filter(MapNode::hasSeat).toList();
            List<MapNode> deciders = holding(seats, StakeholderRole.DECISION_MAKER);
            if (deciders.isEmpty()) {
                findings.add(finding(MapFindingCode.NO_DECISION_MAKER, "Nobody in the buying center decides.", List.of()));
            }
            add(findings, MapFindingCode.DECISION_MAKER_UNDER_COVERED, "A decision maker is covered below MULTIPLE.",
                    deciders.stream().filter(node -> !node.coveredAtLeast(Coverage.MULTIPLE)).toList());
            if (holding(seats, StakeholderRole.CHAMPION).isEmpty()) {
                findings.add(finding(MapFindingCode.NO_CHAMPION, "Nobody in the buying center champions us.", List.of()));
            }
            add(findings, MapFindingCode.UNCOUNTERED_OPPONENT, "A blocker or opponent with influence 4-5 is neither influenced "
                    + "nor advised by any supporter.", uncounteredOpponents(seats, edges));
            List<MapNode> threads = seats.stream().filter(node -> node.coveredAtLeast(Coverage.MULTIPLE)).toList();
            if (threads.size() == 1) {
                findings.add(finding(MapFindingCode.SINGLE_THREADED, "Only one person is covered at MULTIPLE or better: the "
                        + "deal hangs on one thread.", threads));
            } else if (threads.isEmpty() && !seats.isEmpty()) {
                findings.add(finding(MapFindingCode.NOT_THREADED, "Nobody in the buying center is covered at MULTIPLE or better.",
                        List.of()));
            }
            add(findings, MapFindingCode.DECISION_MAKER_BEHIND_GATEKEEPER, "A decision maker we do not reach ourselves can be "
                    + "reached only through a gatekeeper.", Gatekeepers.blocking(seats, deciders, edges));
        }
        if (lastReview == null || lastReview.reviewedAt().isBefore(at.minus(REVIEW_INTERVAL))) {
            findings.add(finding(MapFindingCode.MAP_NOT_REVIEWED, lastReview == null ? "The map has never been reviewed."
                    : "The map was last reviewed on " + lastReview.reviewedAt() + ", more than 90 days ago.", List.of()));
        }
        return findings;
    }

    /** Seats that block us or oppose us with influence 4-5, and no supporter (attitude 1 or more) sways them. */
    private static List<MapNode> uncounteredOpponents(List<MapNode> seats, List<MapEdge> edges) {
        Set<UUID> supporters = seats.stream().filter(node -> node.attitude() >= 1).map(MapNode::contactId)
                .collect(Collectors.toSet());
        Set<UUID> swayed = edges.stream().filter(edge -> SWAYING.contains(edge.type()) && supporters.contains(edge.from())
                && !edge.from().equals(edge.to())).map(MapEdge::to).collect(Collectors.toSet());
        Predicate<MapNode> opponent = node -> (node.holds(StakeholderRole.BLOCKER) || node.attitude() <= -1)
                && node.influence() >= 4;
        return seats.stream().filter(opponent).filter(node -> !swayed.contains(node.contactId())).toList();
    }

    private static List<MapNode> holding(List<MapNode> seats, StakeholderRole role) {
        return seats.stream().filter(node -> node.holds(role)).toList();
    }

    private static void add(List<MapFinding> findings, MapFindingCode code, String message, List<MapNode> concerned) {
        if (!concerned.isEmpty()) {
            findings.add(finding(code, message, concerned));
        }
    }

    private static MapFinding finding(MapFindingCode code, String message, List<MapNode> concerned) {
        return new MapFinding(code, message, concerned.stream().map(MapNode::contactId).sorted().distinct().toList());
    }
}
