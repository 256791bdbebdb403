package io.kontor.query.map;

import io.kontor.api.account.AccountMapReviewed;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.common.InvalidInputException;
import io.kontor.api.common.NotFoundException;
import io.kontor.api.map.AccountMap;
import io.kontor.api.map.FindContactRelationships;
import io.kontor.api.map.MapAccount;
import io.kontor.api.map.MapEdge;
import io.kontor.api.map.MapFinding;
import io.kontor.api.map.MapFindingCode;
import io.kontor.api.map.MapNode;
import io.kontor.api.map.Quadrant;
import io.kontor.api.opportunity.Coverage;
import io.kontor.api.opportunity.OpportunityLost;
import io.kontor.api.opportunity.StakeholderPlaced;
import io.kontor.api.relationship.RelationshipEndCause;
import io.kontor.api.relationship.Relationship;
import io.kontor.api.relationship.RelationshipType;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.kontor.api.opportunity.StakeholderRole.CHAMPION;
import static io.kontor.api.opportunity.StakeholderRole.DECISION_MAKER;
import static io.kontor.api.opportunity.StakeholderRole.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Events in, account maps of any instant out, on a real database without Spring. */
class AccountMapProjectionTest {

    private final MapWorld world = new MapWorld();
    private final UUID group = world.account("Grupa Łódź S.A.", null);
    private final UUID plant = world.account("Zakład Łódź", group);
    private final UUID store = world.account("Sklep 7", plant);
    private final UUID otherGroup = world.account("Käufer Holding AG", null);
    private final UUID cfo = world.contact(group, "Anna", "Wiśniewska", "CFO");
    private final UUID plantManager = world.contact(plant, "Ирина", "Смирнова", "Plant manager");
    private final UUID storeKeeper = world.contact(store, "Jan", "Kowalski", null);
    private final UUID stranger = world.contact(otherGroup, "Hans", "Müller", "Einkauf");

    @Test
    void aMapShowsEveryPersonOfTheWholeHierarchyWhicheverAccountItIsAskedFrom() {
        UUID advises = world.relate(plantManager, RelationshipType.ADVISES, cfo, LocalDate.of(2025, 3, 1));
        UUID formerly = world.relate(storeKeeper, RelationshipType.FORMER_EMPLOYEE_OF, otherGroup, LocalDate.of(2024, 1, 1));

        AccountMap map = world.map(store, null, null);

        assertThat(map.headquartersId()).isEqualTo(group);
        assertThat(map.nodes()).extracting(MapNode::contactId).containsExactlyInAnyOrder(cfo, plantManager, storeKeeper);
        assertThat(map.nodes()).allSatisfy(node -> assertThat(node.ring()).isEqualTo(4));
        assertThat(map.edges()).extracting(MapEdge::id, MapEdge::from, MapEdge::to)
                .containsExactlyInAnyOrder(tuple(advises, plantManager, cfo),
                        tuple(formerly, storeKeeper, otherGroup));
        assertThat(map.accounts()).extracting(MapAccount::name, MapAccount::inHierarchy).containsExactly(
                tuple("Grupa Łódź S.A.", true), tuple("Sklep 7", true),
                tuple("Zakład Łódź", true), tuple("Käufer Holding AG", false));
        assertThat(world.map(group, null, null).nodes()).isEqualTo(map.nodes());
    }

    @Test
    void seatsPlaceEachPersonOnTheGridAndInTheOnion() {
        UUID deal = world.opportunity(plant);
        world.seat(deal, cfo, List.of(DECISION_MAKER), 5, 4, 1, Coverage.MULTIPLE);
        world.seat(deal, plantManager, List.of(CHAMPION), 3, 5, 2, Coverage.IN_DEPTH);
        world.seat(deal, storeKeeper, List.of(USER), 4, 2, 0, Coverage.BRIEF);

        Map<UUID, MapNode> nodes = byContact(world.map(group, deal, null));

        assertThat(nodes.get(cfo)).extracting(MapNode::quadrant, MapNode::ring).containsExactly(Quadrant.MANAGE_CLOSELY, 1);
        assertThat(nodes.get(plantManager)).extracting(MapNode::quadrant, MapNode::ring).containsExactly(Quadrant.KEEP_INFORMED, 2);
        assertThat(nodes.get(storeKeeper)).extracting(MapNode::quadrant, MapNode::ring).containsExactly(Quadrant.KEEP_SATISFIED, 2);
        assertThat(world.map(group, null, null).nodes()).allSatisfy(node -> assertThat(node.quadrant()).isNull());
    }

    @Test
    void asOfShowsTheHierarchyPeopleSeatsAndRelationshipsAsTheyStood() {
        UUID deal = world.opportunity(plant);
        world.seat(deal, plantManager, List.of(CHAMPION), 4, 5, 2, Coverage.IN_DEPTH);
        UUID relationship = world.relate(plantManager, RelationshipType.REPORTS_TO, cfo, LocalDate.of(2026, 1, 1));
        Instant beforeTheSale = world.now();
        world.removeSeat(deal, plantManager);
        world.deals.on(new OpportunityLost(deal, "price"), 3);
        world.move(plant, group, otherGroup);
        world.endRelationship(plantManager, relationship, LocalDate.of(2026, 1, 6), RelationshipEndCause.ACCOUNT_MOVED, plant);

        AccountMap then = world.map(group, deal, beforeTheSale);
        assertThat(then.nodes()).extracting(MapNode::contactId).containsExactlyInAnyOrder(cfo, plantManager, storeKeeper);
        assertThat(byContact(then).get(plantManager).roles()).as("the champion when we lost").containsExactly(CHAMPION);
        assertThat(then.edges()).extracting(MapEdge::id, MapEdge::validFrom, MapEdge::validTo)
                .containsExactly(tuple(relationship, LocalDate.of(2026, 1, 1), null));
        assertThat(world.maps.handle(new FindContactRelationships(plantManager, true)).outgoing())
                .extracting(Relationship::validTo).as("the end, as recorded").containsExactly(LocalDate.of(2026, 1, 6));

        AccountMap now = world.map(group, null, null);
        assertThat(now.nodes()).extracting(MapNode::contactId).containsExactly(cfo);
        assertThat(now.edges()).isEmpty();
        assertThat(world.map(store, null, null).headquartersId()).isEqualTo(otherGroup);
        assertThat(world.map(store, null, null).nodes()).extracting(MapNode::contactId)
                .containsExactlyInAnyOrder(plantManager, storeKeeper, stranger);
        assertThatThrownBy(() -> world.map(group, deal, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> world.map(group, null, Instant.parse("2025-01-01T00:00:00Z"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aMoveOfASubtreeBeginsOnePeriodWhateverTheSubtreeHoldsAndItsAccountsFollowIt() {
        UUID deeper = world.account("Regał 3", store);
        Instant beforeTheMove = world.now();
        int periods = world.jdbc.queryForObject("SELECT COUNT(*) FROM map_account", Integer.class);

        world.move(plant, group, otherGroup);

        assertThat(world.jdbc.queryForObject("SELECT COUNT(*) FROM map_account", Integer.class)).isEqualTo(periods + 1);
        assertThat(world.map(deeper, null, null).headquartersId()).isEqualTo(otherGroup);
        assertThat(world.map(deeper, null, null).accounts()).extracting(MapAccount::name).contains("Regał 3", "Käufer Holding AG");
        assertThat(world.map(deeper, null, beforeTheMove).headquartersId()).isEqualTo(group);
    }

    @Test
    void aContactFollowsItsReassignmentIntoAnotherHierarchysMap() {
        world.reassign(cfo, group, otherGroup);

        assertThat(world.map(otherGroup, null, null).nodes()).extracting(MapNode::contactId).containsExactlyInAnyOrder(cfo, stranger);
        assertThat(world.map(group, null, null).nodes()).extracting(MapNode::contactId).doesNotContain(cfo);
    }

    @Test
    void theLatestReviewOfAnyAccountOfTheHierarchyCounts() {
        assertThat(codes(world.map(group, null, null))).containsExactly(MapFindingCode.MAP_NOT_REVIEWED);
        world.deals.on(new AccountMapReviewed(store, UUID.randomUUID(), "Kowalski took over the store"), Instant.now(), "service");

        AccountMap map = world.map(group, null, null);
        assertThat(codes(map)).isEmpty();
        assertThat(map.lastReview().note()).isEqualTo("Kowalski took over the store");
        assertThat(map.lastReview().reviewedBy()).isEqualTo("service");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID deal = world.opportunity(plant);
        world.seat(deal, cfo, List.of(DECISION_MAKER), 5, 5, 0, Coverage.BRIEF);
        GlobalSequenceTrackingToken move = (GlobalSequenceTrackingToken) world.next();
        Instant at = world.now();
        world.people.on(new AccountMovedInHierarchy(plant, group, otherGroup), at, move);
        List<Map<String, Object>> before = everyRow();

        world.people.on(new AccountMovedInHierarchy(plant, group, otherGroup), at, move);
        world.deals.on(new StakeholderPlaced(deal, cfo, DECISION_MAKER, 5, 5), at,
                new GlobalSequenceTrackingToken(move.getGlobalIndex() - 1));

        assertThat(everyRow()).isEqualTo(before);
    }

    private List<Map<String, Object>> everyRow() {
        return List.of("map_account", "map_contact", "map_seat", "map_relationship", "map_relationship_period", "map_opportunity",
                        "map_review").stream()
                .flatMap(table -> world.jdbc.queryForList("SELECT * FROM " + table).stream())
                .map(row -> (Map<String, Object>) new TreeMap<>(row)).sorted(Comparator.comparing(Object::toString))
                .toList();
    }

    private static Map<UUID, MapNode> byContact(AccountMap map) {
        return map.nodes().stream().collect(Collectors.toMap(MapNode::contactId, node -> node));
    }

    private static List<MapFindingCode> codes(AccountMap map) {
        return map.findings().stream().map(MapFinding::code).toList();
    }
}
