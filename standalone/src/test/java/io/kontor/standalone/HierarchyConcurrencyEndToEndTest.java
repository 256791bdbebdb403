package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.kontor.standalone.Races.race;
import static org.assertj.core.api.Assertions.assertThat;

/** The set-based rules hold when requests race each other, because the database settles the race. */
class HierarchyConcurrencyEndToEndTest extends StandaloneTest {

    private static final int ROUNDS = 40;

    @Test
    void oppositeMovesNeverCloseACycle() throws Exception {
        String root = openAccount(Map.of("name", "Race root")).id();
        for (int round = 0; round < ROUNDS; round++) {
            String a = openAccount(Map.of("name", "A" + round, "parentId", root)).id();
            String b = openAccount(Map.of("name", "B" + round, "parentId", root)).id();

            List<Http.Response> answers = race(
                    () -> service().put("/api/accounts/" + a + "/parent", Map.of("parentId", b)),
                    () -> service().put("/api/accounts/" + b + "/parent", Map.of("parentId", a)));

            assertThat(answers).extracting(Http.Response::status).containsExactlyInAnyOrder(200, 409);
            Http.Response refused = answers.stream().filter(answer -> answer.status() == 409).findFirst().orElseThrow();
            assertThat(refused.json().path("rule").asText()).isEqualTo("hierarchy-cycle");
            assertNoCycle(answers, a, b);
        }
    }

    @Test
    void aThreeWayRotationLeavesATree() throws Exception {
        String root = openAccount(Map.of("name", "Rotation root")).id();
        for (int round = 0; round < ROUNDS / 2; round++) {
            String a = openAccount(Map.of("name", "A" + round, "parentId", root)).id();
            String b = openAccount(Map.of("name", "B" + round, "parentId", root)).id();
            String c = openAccount(Map.of("name", "C" + round, "parentId", root)).id();

            List<Http.Response> answers = race(
                    () -> service().put("/api/accounts/" + a + "/parent", Map.of("parentId", b)),
                    () -> service().put("/api/accounts/" + b + "/parent", Map.of("parentId", c)),
                    () -> service().put("/api/accounts/" + c + "/parent", Map.of("parentId", a)));

            assertThat(answers).extracting(Http.Response::status).containsOnly(200, 409);
            assertThat(answers).filteredOn(answer -> answer.status() == 409).hasSize(1);
            assertNoCycle(answers, a, b, c);
        }
    }

    @Test
    void aDebtorNumberClaimedByManyAtOnceGoesToExactlyOne() throws Exception {
        for (int round = 0; round < 10; round++) {
            String debtor = "RACE-" + UUID.randomUUID().toString().substring(0, 8);
            List<Supplier<Http.Response>> openings = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String name = "Claimant " + i;
                openings.add(() -> service().post("/api/accounts", Map.of("name", name, "debtorNumber", debtor)));
            }
            List<Http.Response> answers = race(openings.toArray(Supplier[]::new));
            assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
            assertThat(answers).filteredOn(answer -> answer.status() == 409)
                    .allSatisfy(answer -> assertThat(answer.json().path("rule").asText()).isEqualTo("debtor-number-taken"))
                    .hasSize(5);
        }
    }

    @Test
    void aParentIsNeverClosedWhileAChildIsPlacedUnderIt() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String parent = openAccount(Map.of("name", "Closing parent " + round)).id();
            List<Http.Response> answers = race(
                    () -> service().post("/api/accounts/" + parent + "/close", Map.of("reason", "race")),
                    () -> service().post("/api/accounts", Map.of("name", "Late child", "parentId", parent)));

            Http.Response close = answers.get(0);
            Http.Response child = answers.get(1);
            assertThat(close.status() == 200 && child.status() == 201).as("closed and got a child: %s", answers).isFalse();
            assertThat(close.status() == 200 || child.status() == 201).as("one of them wins: %s", answers).isTrue();
            if (close.status() == 200) {
                assertThat(child.json().path("rule").asText()).isEqualTo("parent-closed");
            } else {
                assertThat(close.json().path("rule").asText()).isEqualTo("account-has-open-children");
            }
        }
    }

    @Test
    void anAccountIsNeverClosedWhileAnOpportunityIsOpenedOnIt() throws Exception {
        for (int round = 0; round < ROUNDS / 2; round++) {
            String account = openAccount(Map.of("name", "Closing with deal " + round)).id();
            List<Http.Response> answers = race(
                    () -> service().post("/api/accounts/" + account + "/close", Map.of()),
                    () -> service().post("/api/opportunities", Map.of("accountId", account, "name", "Late deal",
                            "value", Map.of("amount", "1.00", "currency", "EUR"))));
            assertThat(answers).extracting(Http.Response::status).as("%s", answers)
                    .isIn(List.of(200, 409), List.of(409, 201));
        }
    }

    @Test
    void twoContactsOfOneAccountNeverShareAnEmailEvenWhenAddedAtOnce() throws Exception {
        String account = openAccount(Map.of("name", "Email race")).id();
        for (int round = 0; round < 10; round++) {
            String email = "race" + round + "@example.pl";
            List<Supplier<Http.Response>> additions = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String lastName = "Racer " + i;
                additions.add(() -> service().post("/api/accounts/" + account + "/contacts",
                        Map.of("firstName", "Ala", "lastName", lastName, "email", email.toUpperCase())));
            }
            List<Http.Response> answers = race(additions.toArray(Supplier[]::new));
            assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
            assertThat(answers).filteredOn(answer -> answer.status() == 409).hasSize(3);
        }
    }

    private void assertNoCycle(List<Http.Response> answers, String... ids) {
        long position = answers.stream().filter(answer -> answer.status() == 200)
                .mapToLong(Http.Response::eventPosition).max().orElse(0);
        Map<String, String> parentOf = new HashMap<>();
        for (String id : ids) {
            JsonNode view = analyst().with("X-Await-Position", Long.toString(position)).get("/api/accounts/" + id).json();
            parentOf.put(id, view.path("parentId").asText());
            assertThat(view.path("path").size()).as("path of %s", id).isLessThanOrEqualTo(ids.length + 1);
        }
        for (String start : ids) {
            String current = parentOf.get(start);
            for (int step = 0; step < ids.length && parentOf.containsKey(current); step++) {
                assertThat(current).as("cycle through %s: %s", start, parentOf).isNotEqualTo(start);
                current = parentOf.get(current);
            }
        }
    }
}
