package io.kontor.query.map;

import io.kontor.api.map.MapEdge;
import io.kontor.api.map.MapFinding;
import io.kontor.api.map.MapFindingCode;
import io.kontor.api.map.MapNode;
import io.kontor.api.map.MapReview;
import io.kontor.api.opportunity.Coverage;
import io.kontor.api.opportunity.Stakeholder;
import io.kontor.api.opportunity.StakeholderRole;
import io.kontor.api.relationship.RelationshipType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.kontor.api.opportunity.StakeholderRole.BLOCKER;
import static io.kontor.api.opportunity.StakeholderRole.CHAMPION;
import static io.kontor.api.opportunity.StakeholderRole.DECISION_MAKER;
import static io.kontor.api.opportunity.StakeholderRole.GATEKEEPER;
import static io.kontor.api.opportunity.StakeholderRole.INFLUENCER;
import static io.kontor.api.opportunity.StakeholderRole.USER;
import static org.assertj.core.api.Assertions.assertThat;

/** Each finding of the account map, judged on a small buying center. */
class MapFindingsTest {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    private static final MapReview FRESH = new MapReview(UUID.randomUUID(), UUID.randomUUID(), NOW.minus(10, ChronoUnit.DAYS),
            "service", null);

    private final List<MapNode> nodes = new ArrayList<>();
    private final List<MapEdge> edges = new ArrayList<>();

    private UUID seat(StakeholderRole role, int influence, int attitude, Coverage coverage) {
        return seat(List.of(role), influence, attitude, coverage);
    }

    private UUID seat(List<StakeholderRole> roles, int influence, int attitude, Coverage coverage) {
        UUID id = UUID.randomUUID();
        nodes.add(Onion.node(new MapReader.Person(id, UUID.randomUUID(), "P", id.toString(), null),
                new Stakeholder(id, null, roles, influence, 3, attitude, coverage, null)));
        return id;
    }

    private UUID personWithoutSeat() {
        UUID id = UUID.randomUUID();
        nodes.add(Onion.node(new MapReader.Person(id, UUID.randomUUID(), "P", id.toString(), null), null));
        return id;
    }

    private void relate(UUID from, RelationshipType type, UUID to) {
        edges.add(new MapEdge(UUID.randomUUID(), from, to, type, 3, 0, LocalDate.of(2026, 1, 1), null, null));
    }

    private Map<MapFindingCode, List<UUID>> findings() {
        return MapFindings.of(nodes, edges, true, FRESH, NOW).stream()
                .collect(Collectors.toMap(MapFinding::code, MapFinding::contacts));
    }

    @Test
    void aHealthyBuyingCenterHasNoFinding() {
        UUID decider = seat(DECISION_MAKER, 5, 1, Coverage.IN_DEPTH);
        seat(CHAMPION, 3, 2, Coverage.MULTIPLE);
        relate(decider, RelationshipType.WORKED_WITH, personWithoutSeat());

        assertThat(findings()).isEmpty();
    }

    @Test
    void anEmptyBuyingCenterLacksADecisionMakerAndAChampion() {
        personWithoutSeat();

        assertThat(findings()).containsOnlyKeys(MapFindingCode.NO_DECISION_MAKER, MapFindingCode.NO_CHAMPION);
    }

    @Test
    void aDecisionMakerCoveredBelowMultipleIsNamed() {
        UUID briefly = seat(DECISION_MAKER, 5, 0, Coverage.BRIEF);
        seat(DECISION_MAKER, 4, 0, Coverage.MULTIPLE);
        seat(CHAMPION, 3, 2, Coverage.IN_DEPTH);

        assertThat(findings()).containsEntry(MapFindingCode.DECISION_MAKER_UNDER_COVERED, List.of(briefly))
                .doesNotContainKey(MapFindingCode.SINGLE_THREADED);
    }

    @Test
    void anInfluentialOpponentIsCounteredOnlyByASupporterWhoInfluencesOrAdvisesThem() {
        seat(DECISION_MAKER, 5, 0, Coverage.MULTIPLE);
        UUID champion = seat(CHAMPION, 3, 2, Coverage.IN_DEPTH);
        UUID blocker = seat(BLOCKER, 4, 0, Coverage.BRIEF);
        UUID sceptic = seat(INFLUENCER, 5, -1, Coverage.BRIEF);
        seat(BLOCKER, 3, -2, Coverage.BRIEF);
        relate(champion, RelationshipType.WORKED_WITH, blocker);

        assertThat(findings().get(MapFindingCode.UNCOUNTERED_OPPONENT)).containsExactlyInAnyOrder(blocker, sceptic);

        relate(champion, RelationshipType.ADVISES, blocker);
        relate(champion, RelationshipType.INFLUENCES, sceptic);
        assertThat(findings()).doesNotContainKey(MapFindingCode.UNCOUNTERED_OPPONENT);
    }

    @Test
    void oneDeeplyCoveredPersonIsASingleThreadAndNoneIsNoThreadAtAll() {
        UUID only = seat(DECISION_MAKER, 5, 2, Coverage.MULTIPLE);
        seat(USER, 2, 0, Coverage.BRIEF);
        assertThat(findings()).containsEntry(MapFindingCode.SINGLE_THREADED, List.of(only));

        nodes.clear();
        seat(USER, 2, 0, Coverage.BRIEF);
        assertThat(findings()).containsKey(MapFindingCode.NOT_THREADED).doesNotContainKey(MapFindingCode.SINGLE_THREADED);
    }

    @Test
    void aDecisionMakerReachableOnlyThroughAGatekeeperIsNamedWithTheGatekeeper() {
        UUID champion = seat(CHAMPION, 3, 2, Coverage.IN_DEPTH);
        UUID assistant = seat(GATEKEEPER, 2, 0, Coverage.BRIEF);
        UUID decider = seat(DECISION_MAKER, 5, 0, Coverage.NO_CONTACT);
        relate(champion, RelationshipType.WORKED_WITH, assistant);
        relate(decider, RelationshipType.REPORTS_TO, assistant);
        assertThat(findings().get(MapFindingCode.DECISION_MAKER_BEHIND_GATEKEEPER)).containsExactlyInAnyOrder(decider, assistant);

        UUID engineer = personWithoutSeat();
        relate(champion, RelationshipType.PERSONAL, engineer);
        relate(engineer, RelationshipType.ADVISES, decider);
        assertThat(findings()).as("a way round the gate").doesNotContainKey(MapFindingCode.DECISION_MAKER_BEHIND_GATEKEEPER);
    }

    @Test
    void aDecisionMakerWhoKeepsTheGateIsNotBehindTheirOwnGateButBehindAnother() {
        UUID champion = seat(CHAMPION, 3, 2, Coverage.IN_DEPTH);
        UUID decider = seat(List.of(DECISION_MAKER, GATEKEEPER), 5, 0, Coverage.NO_CONTACT);
        relate(champion, RelationshipType.ADVISES, decider);
        assertThat(findings()).doesNotContainKey(MapFindingCode.DECISION_MAKER_BEHIND_GATEKEEPER);

        edges.clear();
        UUID office = seat(GATEKEEPER, 2, 0, Coverage.BRIEF);
        relate(champion, RelationshipType.WORKED_WITH, office);
        relate(office, RelationshipType.REPORTS_TO, decider);
        assertThat(findings().get(MapFindingCode.DECISION_MAKER_BEHIND_GATEKEEPER)).containsExactlyInAnyOrder(decider, office);
    }

    @Test
    void aDecisionMakerNobodyReachesAtAllIsUnderCoveredNotBehindAGate() {
        seat(CHAMPION, 3, 2, Coverage.IN_DEPTH);
        UUID decider = seat(DECISION_MAKER, 5, 0, Coverage.UNKNOWN);

        assertThat(findings()).containsEntry(MapFindingCode.DECISION_MAKER_UNDER_COVERED, List.of(decider))
                .doesNotContainKey(MapFindingCode.DECISION_MAKER_BEHIND_GATEKEEPER);
    }

    @Test
    void aMapNotReviewedForNinetyDaysSaysSoWithOrWithoutADeal() {
        MapReview old = new MapReview(UUID.randomUUID(), UUID.randomUUID(), NOW.minus(91, ChronoUnit.DAYS), "service", null);

        assertThat(MapFindings.of(nodes, edges, false, old, NOW)).extracting(MapFinding::code)
                .containsExactly(MapFindingCode.MAP_NOT_REVIEWED);
        assertThat(MapFindings.of(nodes, edges, false, null, NOW)).extracting(MapFinding::message)
                .containsExactly("The map has never been reviewed.");
        assertThat(MapFindings.of(nodes, edges, false, FRESH, NOW)).isEmpty();
    }
}
