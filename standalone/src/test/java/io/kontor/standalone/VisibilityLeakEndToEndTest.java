package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For random account forests and random territory trees with rules over the accounts' industries, made through the
 * API (seeded; the seed is printed; where the territories place each account is read from the API), a user
 * limited to two territories reads every GET route of the OpenAPI document with every id of the world, visible or
 * not: no answer names an account outside its territories (by id or by name), every invisible thing is the 404 of an
 * unknown id, lists and hierarchies hold exactly the visible accounts placed under their nearest visible ancestor
 * with rollups of what it may see, and writes to invisible things are 404 as well, through HTTP Basic and the web
 * interface's session alike. An unscoped analyst still sees all.
 */
class VisibilityLeakEndToEndTest extends StandaloneTest {

    private static final int ACCOUNTS = 12;

    @Test
    void aScopedUserNeverReadsAnAccountOutsideItsTerritoriesOnAnyReadPath() {
        Set<String> exercised = new TreeSet<>();
        for (int seed = 1; seed <= VisibilityModel.SEEDS; seed++) {
            long chosen = Long.getLong("kontor.visibility.seed", 20261201L) + seed;
            System.out.println("VisibilityLeakEndToEndTest seed " + chosen + " (user " + VisibilityModel.user(seed) + ")");
            exercised.addAll(new World(seed, new Random(chosen)).check());
        }
        assertThat(exercised).as("every GET route of the OpenAPI document was read by a scoped user")
                .containsAll(getRoutes());
    }

    private Set<String> getRoutes() {
        Set<String> routes = new TreeSet<>();
        admin().get("/v3/api-docs").json().path("paths").fields().forEachRemaining(path -> {
            if (path.getValue().has("get") && path.getKey().startsWith("/api/")) {
                routes.add(path.getKey());
            }
        });
        return routes;
    }

    /** One seed's world: built over the API, assigned to territories in the read model's tables, then read. */
    private final class World {
        private final int seed;
        private final Random random;
        private final VisibilityModel model = new VisibilityModel();
        private final String token = UUID.randomUUID().toString().substring(0, 8);
        private final Instant start = Instant.now();
        private long position;
        private Set<String> visible;
        private Set<String> invisibleNames;

        World(int seed, Random random) {
            this.seed = seed;
            this.random = random;
        }

        Set<String> check() {
            long startPosition = admin().get("/api/audit/events?after=0&limit=1").json().path("head").asLong();
            territories();
            build();
            readAssignments();
            Http scoped = new Http(baseUrl(), VisibilityModel.user(seed)).with("X-Await-Position", Long.toString(position));
            Set<String> exercised = crawl(scoped, startPosition);
            listsAndTreesShowExactlyTheVisiblePart(scoped);
            theWebInterfacesSessionPassesTheSameGate();
            writesToInvisibleThingsAre404(scoped);
            anUnscopedAnalystStillSeesEverything();
            return exercised;
        }

        private void build() {
            List<String> accounts = new ArrayList<>();
            for (int i = 0; i < ACCOUNTS; i++) {
                String parent = accounts.isEmpty() || random.nextInt(4) == 0 ? null : accounts.get(random.nextInt(accounts.size()));
                String name = String.format("Leak %d %s %03d", seed, token, i);
                Map<String, Object> body = new HashMap<>();
                body.put("name", name);
                body.put("parentId", parent);
                body.put("industry", industry(random.nextInt(7)));
                String id = write(service().post("/api/accounts", body), 201).id();
                accounts.add(id);
                model.parentOf.put(id, parent);
                model.nameOf.put(id, name);
            }
            for (String account : accounts) {
                if (random.nextBoolean()) {
                    model.contactAccount.put(write(service().post("/api/accounts/" + account + "/contacts",
                            Map.of("firstName", "Person", "lastName", "Of " + account.substring(0, 8))), 201).id(), account);
                }
                if (random.nextBoolean()) {
                    model.opportunityAccount.put(write(service().post("/api/opportunities", Map.of("accountId", account,
                            "name", "Deal", "value", Map.of("amount", "1000.00", "currency", random.nextBoolean() ? "EUR" : "PLN"))),
                            201).id(), account);
                }
            }
            connectPeople(accounts);
            for (int i = 0; i < 4; i++) {
                // named like one of the accounts (in capitals: the lead's own words, not the account's name), so its
                // matches hold that account when the user may see it
                String company = model.nameOf.get(accounts.get(random.nextInt(accounts.size()))).toUpperCase(java.util.Locale.ROOT);
                String lead = write(service().post("/api/leads", Map.of("firstName", "Lead", "lastName", "No " + i,
                        "email", "lead" + i + "-" + token + "-" + seed + "@example.com", "companyName", company)), 201).id();
                model.leadCompany.put(lead, company);
                String account = i >= 2 ? null : accounts.get(random.nextInt(accounts.size()));
                if (account != null) {
                    write(service().post("/api/leads/" + lead + "/qualify", null), 200);
                    JsonNode converted = write(service().post("/api/leads/" + lead + "/convert", Map.of("accountId", account)), 200)
                            .json();
                    model.contactAccount.put(converted.path("contactId").asText(), account);
                }
                model.leadAccount.put(lead, account);
            }
        }

        /** Relationships and buying-center seats between people of one hierarchy, and former employers anywhere. */
        private void connectPeople(List<String> accounts) {
            List<String> people = new ArrayList<>(model.contactAccount.keySet());
            for (String from : people) {
                String root = model.path(model.contactAccount.get(from)).get(0);
                List<String> sameTree = people.stream().filter(to -> !to.equals(from)
                        && model.path(model.contactAccount.get(to)).get(0).equals(root)).toList();
                if (!sameTree.isEmpty() && random.nextBoolean()) {
                    write(service().post("/api/contacts/" + from + "/relationships", Map.of("type", "WORKED_WITH",
                            "toContactId", sameTree.get(random.nextInt(sameTree.size())))), 201);
                }
                String formerEmployer = accounts.get(random.nextInt(accounts.size()));
                if (random.nextInt(3) == 0 && !formerEmployer.equals(model.contactAccount.get(from))) {
                    write(service().post("/api/contacts/" + from + "/relationships", Map.of("type", "FORMER_EMPLOYEE_OF",
                            "toAccountId", formerEmployer)), 201);
                }
            }
            model.opportunityAccount.forEach((opportunity, account) -> {
                String root = model.path(account).get(0);
                people.stream().filter(person -> model.path(model.contactAccount.get(person)).get(0).equals(root))
                        .filter(person -> random.nextBoolean()).limit(2).forEach(person -> write(service().put(
                                "/api/opportunities/" + opportunity + "/stakeholders/" + person,
                                Map.of("role", "INFLUENCER", "influence", 3, "interest", 4)), 200));
            });
        }

        /**
         * A random tree of territories over the API, made before the accounts (so each account is placed as it opens):
         * territory k stands for the industry "... k", and its rules take the industries of its whole subtree, since an
         * account belongs to the deepest territory whose rules it meets together with its ancestors'.
         */
        private void territories() {
            int count = 6;
            List<Integer> parents = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                parents.add(k == 0 || random.nextInt(3) == 0 ? -1 : random.nextInt(k));
            }
            List<UUID> ids = new ArrayList<>();
            Http.Response last = null;
            // top-level territories are siblings of every other test's: priorities of their own (not from the seed)
            int priorities = 100_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(800_000);
            for (int k = 0; k < count; k++) {
                List<String> industries = new ArrayList<>();
                for (int below = k; below < count; below++) {
                    if (descends(below, k, parents)) {
                        industries.add(industry(below));
                    }
                }
                Map<String, Object> body = new HashMap<>();
                String name = k < 2 ? VisibilityModel.scope(seed).get(k) : "Leak S" + seed + " other " + k + " " + token;
                body.put("name", name);
                body.put("priority", priorities + k);
                body.put("rules", List.of(Map.of("field", "industry", "op", "IN", "value", industries)));
                UUID parent = parents.get(k) < 0 ? null : ids.get(parents.get(k));
                if (parent != null) {
                    body.put("parentId", parent.toString());
                }
                last = admin().post("/api/admin/territories", body);
                assertThat(last.status()).as(last.toString()).isEqualTo(201);
                UUID id = UUID.fromString(last.id());
                ids.add(id);
                model.territoryParent.put(id, parent);
                model.territoryName.put(id, name);
            }
            position = Math.max(position, last.eventPosition());
            for (UUID id : ids) {
                Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(admin()
                        .with("X-Await-Position", Long.toString(position)).get("/api/admin/territories/" + id)
                        .json().path("reevaluation").path("status").asText()));
            }
        }

        private boolean descends(int territory, int ancestor, List<Integer> parents) {
            for (int at = territory; at >= 0; at = parents.get(at)) {
                if (at == ancestor) {
                    return true;
                }
            }
            return false;
        }

        /** The industry territory k stands for; k = 6 is in no territory. */
        private String industry(int k) {
            return "Leak S" + seed + " " + token + " " + k;
        }

        /** Where the territories placed each account, as the API tells (the model then decides what the user sees). */
        private void readAssignments() {
            Http reader = admin().with("X-Await-Position", Long.toString(position));
            for (String account : model.parentOf.keySet()) {
                JsonNode territory = reader.get("/api/accounts/" + account + "/territory").json();
                if (!territory.path("territoryId").isNull() && !territory.path("territoryId").isMissingNode()) {
                    model.territoryOf.put(account, UUID.fromString(territory.path("territoryId").asText()));
                }
            }
            visible = model.visibleAccounts(seed);
            invisibleNames = new HashSet<>();
            model.parentOf.keySet().stream().filter(id -> !visible.contains(id)).forEach(id -> invisibleNames.add(model.nameOf.get(id)));
            assertThat(visible).as("the seed gives the user something to see").isNotEmpty();
            assertThat(invisibleNames).as("and something to miss").isNotEmpty();
        }

        /** Every GET route with every id the world has; answers scanned for what must not show, statuses checked. */
        private Set<String> crawl(Http scoped, long startPosition) {
            Set<String> exercised = new TreeSet<>();
            Instant now = Instant.now().plusSeconds(1);
            for (String route : getRoutes()) {
                exercised.add(route);
                for (Call call : calls(route, startPosition, now)) {
                    Http.Response answer = scoped.get(call.path);
                    assertNoLeak(call.path, answer);
                    if (call.hiddenId != null) {
                        assertThat(answer.status()).as(call.path).isEqualTo(404);
                        assertThat(answer.json().path("detail").asText()).as(call.path).endsWith("with id " + call.hiddenId);
                    } else if (call.shownId != null) {
                        assertThat(answer.status()).as(call.path + " " + answer).isNotEqualTo(404).isLessThan(500);
                    }
                }
            }
            return exercised;
        }

        private List<Call> calls(String route, long startPosition, Instant now) {
            List<Call> calls = new ArrayList<>();
            String asOf = "asOf=" + now;
            if (route.equals("/api/audit/{type}/{id}/events")) {
                addAll(calls, route.replace("{type}", "accounts"), "{id}", model.parentOf.keySet(), id -> id, "");
                addAll(calls, route.replace("{type}", "contacts"), "{id}", model.contactAccount.keySet(), model.contactAccount::get, "");
                addAll(calls, route.replace("{type}", "opportunities"), "{id}", model.opportunityAccount.keySet(),
                        model.opportunityAccount::get, "");
                addAll(calls, route.replace("{type}", "leads"), "{id}", model.leadAccount.keySet(), model.leadAccount::get, "");
            } else if (route.startsWith("/api/accounts/{id}") || route.startsWith("/api/reports/pipeline/{")
                    || route.startsWith("/api/audit/accounts/{id}")) {
                String query = route.endsWith("/changes") ? "?from=" + start.minusSeconds(5) + "&to=" + now : "";
                String variable = route.contains("{headquartersId}") ? "{headquartersId}" : "{id}";
                addAll(calls, route, variable, model.parentOf.keySet(), id -> id, query);
                if (route.endsWith("/hierarchy") || route.endsWith("/map") || route.startsWith("/api/reports/pipeline/")
                        || route.equals("/api/audit/accounts/{id}")) {
                    addAll(calls, route, variable, model.parentOf.keySet(), id -> id, "?" + asOf);
                }
            } else if (route.startsWith("/api/contacts/{id}")) {
                addAll(calls, route, "{id}", model.contactAccount.keySet(), model.contactAccount::get, "");
            } else if (route.startsWith("/api/opportunities/{id}")) {
                addAll(calls, route, "{id}", model.opportunityAccount.keySet(), model.opportunityAccount::get, "");
            } else if (route.startsWith("/api/leads/{id}")) {
                addAll(calls, route, "{id}", model.leadAccount.keySet(), model.leadAccount::get, "");
            } else if (route.contains("{")) {
                calls.add(new Call(route.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()), null, null));
            } else if (route.equals("/api/audit/events")) {
                calls.add(new Call(route + "?after=" + startPosition + "&limit=1000", null, null));
            } else if (route.equals("/api/accounts")) {
                calls.add(new Call(route + "?size=100&q=" + "leak%20" + seed + "%20" + token, null, null));
            } else if (route.equals("/api/reports/pipeline")) {
                calls.add(new Call(route, null, null));
                calls.add(new Call(route + "?" + asOf, null, null));
            } else {
                calls.add(new Call(route + (route.equals("/api/leads") ? "?size=100" : ""), null, null));
            }
            return calls;
        }

        private void addAll(List<Call> calls, String route, String variable, Set<String> ids,
                            java.util.function.Function<String, String> accountOf, String query) {
            for (String id : ids) {
                String account = accountOf.apply(id);
                boolean hidden = account != null && !visible.contains(account);
                calls.add(new Call(route.replace(variable, id) + query, hidden ? id : null, hidden ? null : id));
            }
        }

        private void assertNoLeak(String path, Http.Response answer) {
            String body = answer.body() == null ? "" : answer.body();
            for (String account : model.parentOf.keySet()) {
                if (!visible.contains(account) && !path.contains(account)) {
                    assertThat(body).as("GET " + path + " names invisible account " + account).doesNotContain(account);
                }
            }
            for (Map<String, String> hanging : List.of(model.contactAccount, model.opportunityAccount)) {
                hanging.forEach((id, account) -> {
                    if (!visible.contains(account) && !path.contains(id)) {
                        assertThat(body).as("GET " + path + " names " + id + " of invisible account " + account).doesNotContain(id);
                    }
                });
            }
            for (String name : invisibleNames) {
                assertThat(body).as("GET " + path + " names invisible account " + name).doesNotContain(name);
            }
        }

        private void listsAndTreesShowExactlyTheVisiblePart(Http scoped) {
            JsonNode page = scoped.get("/api/accounts?size=100&q=leak%20" + seed + "%20" + token).json();
            Set<String> listed = new HashSet<>();
            page.path("content").forEach(account -> {
                String id = account.path("id").asText();
                listed.add(id);
                assertThat(account.path("parentId").isNull() ? null : account.path("parentId").asText())
                        .as("parent of " + id).isEqualTo(model.visibleParent(id, visible));
                List<String> path = new ArrayList<>();
                account.path("path").forEach(step -> path.add(step.asText()));
                assertThat(path).as("path of " + id).isEqualTo(model.visiblePath(id, visible));
                assertThat(account.path("headquartersId").asText()).isEqualTo(path.get(0));
            });
            assertThat(listed).as("the list holds exactly the visible accounts").isEqualTo(visible);
            model.leadCompany.forEach((lead, company) -> {
                String account = model.nameOf.entrySet().stream().filter(entry -> entry.getValue().equalsIgnoreCase(company))
                        .findFirst().orElseThrow().getKey();
                String leadAccount = model.leadAccount.get(lead);
                if (leadAccount == null || visible.contains(leadAccount)) {
                    Set<String> matched = new HashSet<>();
                    scoped.get("/api/leads/" + lead + "/matches").json().forEach(match -> matched.add(match.path("accountId").asText()));
                    assertThat(matched.contains(account)).as("lead " + lead + " matched to " + company)
                            .isEqualTo(visible.contains(account));
                }
            });
            for (String account : visible) {
                if (model.visibleParent(account, visible) == null) {
                    JsonNode tree = scoped.get("/api/accounts/" + account + "/hierarchy").json();
                    checkNode(tree, account);
                }
            }
        }

        /** The node shows exactly the visible accounts whose nearest visible ancestor it is, and rolls up what is shown. */
        private long[] checkNode(JsonNode node, String account) {
            Set<String> children = new HashSet<>();
            long[] rollup = {1, contactsOf(account), opportunitiesOf(account)};
            for (JsonNode child : node.path("children")) {
                String id = child.path("id").asText();
                children.add(id);
                long[] below = checkNode(child, id);
                for (int i = 0; i < 3; i++) {
                    rollup[i] += below[i];
                }
            }
            Set<String> expected = new HashSet<>();
            visible.stream().filter(id -> account.equals(model.visibleParent(id, visible))).forEach(expected::add);
            assertThat(children).as("children shown under " + account).isEqualTo(expected);
            JsonNode figures = node.path("rollup");
            assertThat(new long[]{figures.path("accounts").asLong(), figures.path("contacts").asLong(),
                    figures.path("openOpportunities").asLong()}).as("rollup of " + account).containsExactly(rollup);
            return rollup;
        }

        private long contactsOf(String account) {
            return model.contactAccount.values().stream().filter(account::equals).count();
        }

        private long opportunitiesOf(String account) {
            return model.opportunityAccount.values().stream().filter(account::equals).count();
        }

        private void writesToInvisibleThingsAre404(Http scoped) {
            String hidden = model.parentOf.keySet().stream().filter(id -> !visible.contains(id)).findFirst().orElseThrow();
            assertThat(scoped.patch("/api/accounts/" + hidden, Map.of("industry", "Steel")).status()).isEqualTo(404);
            assertThat(scoped.post("/api/accounts/" + hidden + "/contacts", Map.of("firstName", "A", "lastName", "B")).status())
                    .isEqualTo(404);
            assertThat(scoped.post("/api/opportunities", Map.of("accountId", hidden, "name", "Deal",
                    "value", Map.of("amount", "1.00", "currency", "EUR"))).status()).isEqualTo(404);
            Map<String, Object> underHidden = new HashMap<>();
            underHidden.put("name", "Under a hidden parent " + token);
            underHidden.put("parentId", hidden);
            assertThat(scoped.post("/api/accounts", underHidden).status()).isEqualTo(404);
            visible.stream().findFirst().ifPresent(shown -> {
                Http.Response moved = scoped.put("/api/accounts/" + shown + "/parent", Map.of("parentId", hidden));
                assertThat(moved.status()).as("moving under an invisible parent").isEqualTo(404);
                write(scoped.patch("/api/accounts/" + shown, Map.of("industry", "Steel")), 200);
            });
        }

        /** The pages under /ui/ read the API with the browser's session: the same gate answers them. */
        private void theWebInterfacesSessionPassesTheSameGate() {
            FormSession browser = FormSession.signIn(baseUrl(), VisibilityModel.user(seed), VisibilityModel.user(seed));
            String hidden = model.parentOf.keySet().stream().filter(id -> !visible.contains(id)).findFirst().orElseThrow();
            String shown = visible.iterator().next();
            assertThat(browser.get(baseUrl(), "/api/accounts/" + hidden).status()).isEqualTo(404);
            assertThat(browser.get(baseUrl(), "/api/accounts/" + shown).status()).isEqualTo(200);
            assertThat(browser.get(baseUrl(), "/api/accounts/" + shown + "/hierarchy").body()).doesNotContain(hidden);
        }

        private void anUnscopedAnalystStillSeesEverything() {
            JsonNode page = analyst().with("X-Await-Position", Long.toString(position))
                    .get("/api/accounts?size=100&q=leak%20" + seed + "%20" + token).json();
            Set<String> listed = new HashSet<>();
            page.path("content").forEach(account -> listed.add(account.path("id").asText()));
            assertThat(listed).isEqualTo(model.parentOf.keySet());
        }

        private Http.Response write(Http.Response answer, int status) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
            position = Math.max(position, answer.eventPosition());
            return answer;
        }
    }

    private record Call(String path, String hiddenId, String shownId) {
    }
}
