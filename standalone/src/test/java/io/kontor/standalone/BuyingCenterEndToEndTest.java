package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.api.opportunity.StakeholderPlaced;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.kontor.standalone.Races.race;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buying center holds only people of the opportunity's own hierarchy, also when the hierarchy changes
 * shape: a branch sold to another group leaves the old group's deals, and the old group's people leave
 * the branch's deals. Auditors see why: the ending shares the move's correlation id.
 */
class BuyingCenterEndToEndTest extends StandaloneTest {

    @Autowired
    private JdbcTemplate jdbc;

    private String account(String name, String parentId) {
        return openAccount(parentId == null ? Map.of("name", name) : Map.of("name", name, "parentId", parentId)).id();
    }

    private String contact(String accountId, String firstName, String lastName) {
        Http.Response added = service().post("/api/accounts/" + accountId + "/contacts",
                Map.of("firstName", firstName, "lastName", lastName));
        assertThat(added.status()).as("contact: %s", added).isEqualTo(201);
        return added.id();
    }

    private String opportunity(String accountId, String name) {
        Http.Response opened = service().post("/api/opportunities", Map.of("accountId", accountId, "name", name,
                "value", Map.of("amount", "1000.00", "currency", "EUR")));
        assertThat(opened.status()).as("opportunity: %s", opened).isEqualTo(201);
        return opened.id();
    }

    private Http.Response place(String opportunityId, String contactId) {
        Http.Response placed = service().put("/api/opportunities/" + opportunityId + "/stakeholders/" + contactId,
                Map.of("role", "DECISION_MAKER", "influence", 5, "interest", 4));
        assertThat(placed.status()).as("placed: %s", placed).isEqualTo(200);
        return placed;
    }

    private static int stakeholders(JsonNode opportunity) {
        return opportunity.path("stakeholders").size();
    }

    @Test
    void aBranchSoldToAnotherGroupLeavesTheOldGroupsBuyingCentersAndTheOldGroupLeavesItsDeals() {
        String group = account("Grupa Północ " + UUID.randomUUID(), null);
        String branch = account("Oddział Gdańsk", group);
        String sister = account("Oddział Sopot", group);
        String buyer = account("Käufer Holding AG", null);
        String groupCfo = contact(group, "Piotr", "Zieliński");
        String branchManager = contact(branch, "Ирина", "Смирнова");
        String branchDeal = opportunity(branch, "Chłodnie");
        String groupDeal = opportunity(group, "Flota");
        String branchOnlyDeal = opportunity(branch, "Regały");
        place(branchDeal, groupCfo);
        place(groupDeal, branchManager);
        place(branchOnlyDeal, branchManager);

        Http.Response withinGroup = service().put("/api/accounts/" + branch + "/parent", Map.of("parentId", sister));
        assertThat(withinGroup.status()).isEqualTo(200);
        assertThat(stakeholders(readAfter(withinGroup, "/api/opportunities/" + branchDeal).json()))
                .as("a move inside the group keeps every role").isEqualTo(1);

        String correlation = "sale-" + UUID.randomUUID();
        Http.Response sold = service().with("X-Correlation-Id", correlation)
                .put("/api/accounts/" + branch + "/parent", Map.of("parentId", buyer));
        assertThat(sold.status()).isEqualTo(200);

        assertThat(stakeholders(readAfter(sold, "/api/opportunities/" + branchDeal).json()))
                .as("the old group's CFO left the branch's deal").isZero();
        assertThat(stakeholders(readAfter(sold, "/api/opportunities/" + groupDeal).json()))
                .as("the branch's manager left the old group's deal").isZero();
        assertThat(stakeholders(readAfter(sold, "/api/opportunities/" + branchOnlyDeal).json()))
                .as("the branch's own deal keeps its own people").isEqualTo(1);

        JsonNode history = new Http(baseUrl(), "auditor").get("/api/audit/opportunities/" + branchDeal + "/events").json();
        JsonNode last = history.path("events").get(history.path("events").size() - 1);
        assertThat(last.path("type").asText()).isEqualTo("StakeholderRoleEnded");
        assertThat(last.path("payload").path("contactId").asText()).isEqualTo(groupCfo);
        assertThat(last.path("correlationId").asText()).isEqualTo(correlation);

        assertThat(service().put("/api/opportunities/" + branchDeal + "/stakeholders/" + groupCfo,
                Map.of("role", "INFLUENCER")).json().path("rule").asText())
                .as("and cannot be placed again while the branch belongs to another group")
                .isEqualTo("stakeholder-outside-hierarchy");
    }

    @Test
    void aStakeholderPlacedWhileItsBranchIsSoldNeverStaysAcrossHierarchies() throws Exception {
        String buyer = account("Race buyer " + UUID.randomUUID(), null);
        for (int round = 0; round < 20; round++) {
            String group = account("Race group " + round, null);
            String branch = account("Race branch " + round, group);
            String groupCfo = contact(group, "Anna", "Kowalska");
            String deal = opportunity(branch, "Race deal " + round);

            List<Http.Response> answers = race(
                    () -> service().put("/api/accounts/" + branch + "/parent", Map.of("parentId", buyer)),
                    () -> service().put("/api/opportunities/" + deal + "/stakeholders/" + groupCfo, Map.of("role", "SIGNER")));

            Http.Response move = answers.get(0);
            Http.Response placement = answers.get(1);
            assertThat(move.status()).as("the sale: %s", move).isEqualTo(200);
            assertThat(placement.status()).as("placed before the sale or refused after it: %s", placement).isIn(200, 409);
            if (placement.status() == 409) {
                assertThat(placement.json().path("rule").asText()).isEqualTo("stakeholder-outside-hierarchy");
            }
            Http.Response later = placement.status() == 200 && placement.eventPosition() > move.eventPosition() ? placement : move;
            assertThat(stakeholders(readAfter(later, "/api/opportunities/" + deal).json()))
                    .as("round %d: the old group's CFO in the sold branch's deal (%s, %s)", round, move, placement).isZero();
        }
    }

    /**
     * A seat stored before seats had several roles (StakeholderPlaced revision 1) reads as that one role,
     * a neutral attitude and unknown coverage: in the opportunity, in the account map, and in the
     * Opportunity aggregate, which takes the seat's next change.
     */
    @Test
    void aSeatStoredBeforeSeatsHadSeveralRolesReadsAsOneRoleEverywhere() {
        String group = account("Stary kształt " + UUID.randomUUID(), null);
        String champion = contact(group, "Stefan", "Stary");
        String deal = opportunity(group, "Old shape");
        String revisionOne = "{\"opportunityId\":\"" + deal + "\",\"contactId\":\"" + champion
                + "\",\"role\":\"CHAMPION\",\"influence\":4,\"interest\":5}";
        long position = OldShapeEvents.insert(jdbc, deal, 1, "Opportunity", StakeholderPlaced.class.getName(), "1", revisionOne);
        Http reader = analyst().with("X-Await-Position", Long.toString(position));

        JsonNode seat = reader.get("/api/opportunities/" + deal).json().path("stakeholders").get(0);
        assertThat(seat.path("role").asText()).isEqualTo("CHAMPION");
        assertThat(seat.path("roles").toString()).isEqualTo("[\"CHAMPION\"]");
        assertThat(seat.path("attitude").asInt()).isZero();
        assertThat(seat.path("coverage").asText()).isEqualTo("UNKNOWN");
        JsonNode node = reader.get("/api/accounts/" + group + "/map?opportunityId=" + deal).json().path("nodes").get(0);
        assertThat(node.path("ring").asInt()).isEqualTo(2);
        assertThat(node.path("quadrant").asText()).isEqualTo("MANAGE_CLOSELY");
        Http.Response covered = service().put("/api/opportunities/" + deal + "/stakeholders/" + champion,
                Map.of("role", "CHAMPION", "influence", 4, "interest", 5, "coverage", "MULTIPLE"));
        assertThat(covered.status()).as("the aggregate rebuilt from the old shape: %s", covered).isEqualTo(200);
        assertThat(covered.json().path("version").asInt()).isEqualTo(2);
    }
}
