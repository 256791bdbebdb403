package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.kontor.standalone.Races.race;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relationships between people stay inside one hierarchy even while the hierarchy changes shape: a branch
 * sold to another group and a person changing employer race against new relationships with them, and
 * afterwards no current relationship joins two hierarchies. A racing relationship was either recorded
 * first and then ended by the move (in its transaction), or refused.
 */
class RelationshipRacesEndToEndTest extends StandaloneTest {

    private String account(String name, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("parentId", parentId);
        return openAccount(body).id();
    }

    private String contact(String accountId, String lastName) {
        Http.Response added = service().post("/api/accounts/" + accountId + "/contacts", Map.of("firstName", "Race", "lastName", lastName));
        assertThat(added.status()).as("contact: %s", added).isEqualTo(201);
        return added.id();
    }

    private Http.Response relate(String from, String type, String to) {
        return service().post("/api/contacts/" + from + "/relationships", Map.of("type", type, "toContactId", to));
    }

    @Test
    void movesAndReassignmentsRacingNewRelationshipsLeaveNoneAcrossTwoHierarchies() throws Exception {
        String buyer = account("Relationship race buyer " + UUID.randomUUID(), null);
        for (int round = 0; round < 15; round++) {
            String group = account("Relationship race group " + round, null);
            String branch = account("Relationship race branch " + round, group);
            String groupCfo = contact(group, "Cfo " + round);
            String groupBuyer = contact(group, "Buyer " + round);
            String branchManager = contact(branch, "Manager " + round);

            List<Http.Response> answers = race(
                    () -> service().put("/api/accounts/" + branch + "/parent", Map.of("parentId", buyer)),
                    () -> service().put("/api/contacts/" + groupBuyer + "/account", Map.of("accountId", buyer)),
                    () -> relate(groupCfo, "INFLUENCES", branchManager),
                    () -> relate(branchManager, "REPORTS_TO", groupCfo),
                    () -> relate(groupBuyer, "ADVISES", groupCfo),
                    () -> relate(branchManager, "WORKED_WITH", groupBuyer));

            assertThat(answers.get(0).status()).as("the sale: %s", answers.get(0)).isEqualTo(200);
            assertThat(answers.get(1).status()).as("the change of employer: %s", answers.get(1)).isEqualTo(200);
            long last = 0;
            for (Http.Response answer : answers) {
                if (answer.status() == 409) {
                    assertThat(answer.json().path("rule").asText()).as("round %d: %s", round, answer)
                            .isEqualTo("relationship-outside-hierarchy");
                } else {
                    assertThat(answer.status()).as("round %d: %s", round, answer).isIn(200, 201);
                    last = Math.max(last, answer.eventPosition());
                }
            }
            Http reader = analyst().with("X-Await-Position", Long.toString(last));
            for (String person : List.of(groupCfo, groupBuyer, branchManager)) {
                JsonNode relationships = reader.get("/api/contacts/" + person + "/relationships").json();
                for (JsonNode relationship : relationships.path("outgoing")) {
                    String from = relationship.path("fromContactId").asText();
                    String to = relationship.path("toContactId").asText();
                    assertThat(headquartersOf(reader, from)).as("round %d: %s spans two hierarchies", round, relationship)
                            .isEqualTo(headquartersOf(reader, to));
                }
            }
            JsonNode map = reader.get("/api/accounts/" + group + "/map").json();
            assertThat(map.path("nodes").findValuesAsText("contactId")).as("round %d", round).containsExactly(groupCfo);
            assertThat(map.path("edges")).as("round %d: the old group's map", round).isEmpty();
        }
    }

    private static String headquartersOf(Http reader, String contactId) {
        String accountId = reader.get("/api/contacts/" + contactId).json().path("accountId").asText();
        return reader.get("/api/accounts/" + accountId).json().path("headquartersId").asText();
    }
}
