package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import io.kontor.platform.testing.TestDatabases;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The production topology on a real PostgreSQL: two command-side and two query-side processes. Writes
 * go through both command nodes at once; races on one aggregate and on set-based rules end cleanly;
 * a query node is killed with {@code kill -9} while events flow, the survivor takes over its segments
 * and completes the read model, and the restarted node rejoins; a replay through one query node makes
 * the other let go of the projection's segments; a browser session opened on one query node is honoured by the other.
 */
class MultiNodeIT {

    private static final Map<String, String> USERS = Map.of("svc", "svc-secret-1", "ana", "ana-secret-1", "adm", "adm-secret-1");

    private final List<KontorProcess> processes = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        processes.forEach(KontorProcess::close);
    }

    @Test
    void twoCommandAndTwoQueryNodesShareOneDatabaseAndSurviveALostNode() {
        Map<String, String> environment = Map.of("SPRING_DATASOURCE_URL", TestDatabases.postgresUrl(),
                "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", "");
        List<KontorProcess> started = startAll(environment);
        KontorProcess command1 = started.get(0);
        KontorProcess command2 = started.get(1);
        KontorProcess query1 = started.get(2);
        KontorProcess query2 = started.get(3);
        Http write1 = command1.as("svc");
        Http write2 = command2.as("svc");

        String group = write1.post("/api/accounts", Map.of("name", "Multi-node group")).id();
        assertThat(group).isNotEmpty();

        // The same aggregate through both nodes at once: each update applies or is refused cleanly; none is lost.
        List<Http.Response> updates = race(20, i -> (i % 2 == 0 ? write1 : write2)
                .patch("/api/accounts/" + group, Map.of("industry", "Industry " + i)));
        assertThat(updates).extracting(Http.Response::status).allMatch(status -> status == 200 || status == 409);
        long applied = updates.stream().filter(answer -> answer.status() == 200).count();
        List<Http.Response> conditional = race(6, i -> (i % 2 == 0 ? write1 : write2).with("If-Match", "\"" + applied + "\"")
                .patch("/api/accounts/" + group, Map.of("industry", "Conditional " + i)));
        assertThat(conditional).filteredOn(answer -> answer.status() == 200).hasSize(1);
        assertThat(conditional).extracting(Http.Response::status).allMatch(status -> status == 200 || status == 412);
        Http.Response last = conditional.stream().filter(answer -> answer.status() == 200).findFirst().orElseThrow();
        JsonNode account = query1.as("ana").with("X-Await-Position", Long.toString(last.eventPosition()))
                .get("/api/accounts/" + group).json();
        assertThat(account.path("version").asLong()).as("every acknowledged update counted").isEqualTo(applied + 1);

        // A set-based rule across nodes: one debtor number, one open account.
        List<Http.Response> claims = race(6, i -> (i % 2 == 0 ? write1 : write2)
                .post("/api/accounts", Map.of("name", "Claimant " + i, "debtorNumber", "MULTI-1")));
        assertThat(claims).filteredOn(answer -> answer.status() == 201).hasSize(1);
        assertThat(claims).filteredOn(answer -> answer.status() == 409).hasSize(5);

        // Writes keep flowing through both command nodes while the busier query node is killed.
        ConcurrentLinkedQueue<Http.Response> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (Http writer : List.of(write1, write2)) {
            writers.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; writing.get() && i < 2_000; i++) {
                    Http.Response created = writer.post("/api/accounts", Map.of("name", "Store " + i, "parentId", group));
                    if (created.status() == 201) {
                        acknowledged.add(created);
                    } else {
                        refused.add(created.status() + " " + created.body());
                    }
                }
            }));
        }
        Supplier<String> progress = () -> acknowledged.size() + " acknowledged, refused: " + refused
                + ", writers " + writers.stream().map(w -> w.isCompletedExceptionally() ? "failed" : w.isDone() ? "done" : "running").toList()
                + "\ncommand node log tail:\n" + tail(command1.readLog());
        awaitWrites(40, acknowledged, writers, refused, progress);
        KontorProcess victim = segmentsClaimed(query1) >= segmentsClaimed(query2) ? query1 : query2;
        KontorProcess survivor = victim == query1 ? query2 : query1;
        victim.kill9();
        awaitWrites(acknowledged.size() + 40, acknowledged, writers, refused, progress);
        writing.set(false);
        writers.forEach(CompletableFuture::join);
        assertThat(refused).as("no write is refused while a query node dies").isEmpty();

        long highest = acknowledged.stream().mapToLong(Http.Response::eventPosition).max().orElseThrow();
        Http reader = survivor.as("ana").with("X-Await-Position", Long.toString(highest));
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> reader.get("/api/accounts/" + group + "/hierarchy?maxDepth=0").status() == 200);
        JsonNode tree = reader.get("/api/accounts/" + group + "/hierarchy?maxDepth=1").json();
        assertThat(tree.path("rollup").path("accounts").asLong()).as("the survivor completed the read model")
                .isEqualTo(acknowledged.size() + 1);
        assertThat(survivor.as("adm").get("/api/admin/projections").json())
                .allSatisfy(projection -> assertThat(projection.path("lag").asLong()).isZero());

        // The killed node comes back and answers the same (the survivor keeps running the projections: one segment).
        KontorProcess restarted = KontorProcess.service(KontorProcess.QUERY_SIDE, USERS, environment, userArguments())
                .awaitHealthy();
        processes.add(restarted);
        JsonNode again = restarted.as("ana").with("X-Await-Position", Long.toString(highest))
                .get("/api/accounts/" + group + "/hierarchy?maxDepth=1").json();
        assertThat(again.path("rollup").path("accounts").asLong()).isEqualTo(acknowledged.size() + 1);
        assertThat(restarted.as("ana").get("/api/accounts?size=1").status()).isEqualTo(200);
        assertThat(command1.as("ana").get("/api/reports/pipeline").status()).as("reads are the query side's").isEqualTo(404);

        // A browser signed in through one query node is served by the other: its session lives in the database.
        FormSession browser = FormSession.signIn("http://127.0.0.1:" + survivor.port(), "ana", USERS.get("ana"));
        String otherNode = "http://127.0.0.1:" + restarted.port();
        assertThat(browser.get(otherNode, "/ui/me").json().path("user").asText()).isEqualTo("ana");
        assertThat(browser.get(otherNode, "/api/accounts/" + group).status()).isEqualTo(200);

        // A replay asked of the node that does not run the projections: the node that does builds the new
        // generation and switches, and both nodes then read the new generation and agree on it.
        await().atMost(Duration.ofSeconds(60)).until(() -> claims(survivor, "accounts") + claims(restarted, "accounts") == 1);
        KontorProcess replayer = claims(survivor, "accounts") == 1 ? restarted : survivor;
        int generationBefore = projection(survivor, "accounts").path("generation").asInt();
        assertThat(replayer.as("adm").post("/api/admin/projections/accounts/replay", null).status()).isEqualTo(202);
        Http replayedReader = replayer.as("ana").with("X-Await-Position", Long.toString(highest));
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> replayedReader
                .get("/api/accounts/" + group + "/hierarchy?maxDepth=1").json().path("rollup").path("accounts").asLong()
                == acknowledged.size() + 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> List.of(survivor, restarted).stream()
                .allMatch(node -> status(node, "accounts").equals("RUNNING")
                        && projection(node, "accounts").path("generation").asInt() > generationBefore));
        assertThat(restarted.as("ana").with("X-Await-Position", Long.toString(highest))
                .get("/api/accounts/" + group + "/hierarchy?maxDepth=1").json())
                .isEqualTo(survivor.as("ana").with("X-Await-Position", Long.toString(highest))
                        .get("/api/accounts/" + group + "/hierarchy?maxDepth=1").json());
    }

    private List<KontorProcess> startAll(Map<String, String> environment) {
        List<KontorProcess> launched = List.of(
                KontorProcess.service(KontorProcess.COMMAND_SIDE, USERS, environment, userArguments()),
                KontorProcess.service(KontorProcess.COMMAND_SIDE, USERS, environment, userArguments()),
                KontorProcess.service(KontorProcess.QUERY_SIDE, USERS, environment, userArguments()),
                KontorProcess.service(KontorProcess.QUERY_SIDE, USERS, environment, userArguments()));
        processes.addAll(launched);
        launched.forEach(KontorProcess::awaitHealthy);
        return launched;
    }

    private static String[] userArguments() {
        return new String[]{
                "--kontor.security.users.svc.password=" + USERS.get("svc"), "--kontor.security.users.svc.roles=SERVICE",
                "--kontor.security.users.ana.password=" + USERS.get("ana"), "--kontor.security.users.ana.roles=ANALYST",
                "--kontor.security.users.adm.password=" + USERS.get("adm"), "--kontor.security.users.adm.roles=ADMIN"};
    }

    /** Waits for {@code count} acknowledged writes, failing at once (with the evidence) when a writer stops or a write is refused. */
    private static void awaitWrites(int count, ConcurrentLinkedQueue<Http.Response> acknowledged,
                                    List<CompletableFuture<Void>> writers, ConcurrentLinkedQueue<String> refused,
                                    Supplier<String> progress) {
        try {
            await().atMost(Duration.ofSeconds(180))
                    .failFast("a writer stopped or a write was refused", () -> {
                        if (!refused.isEmpty() || writers.stream().anyMatch(CompletableFuture::isDone)) {
                            throw new AssertionError(progress.get());
                        }
                    })
                    .until(() -> acknowledged.size() >= count);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("fewer than " + count + " writes in time: " + progress.get(), e);
        }
    }

    private static String tail(String log) {
        return log.length() <= 4_000 ? log : log.substring(log.length() - 4_000);
    }

    private static int claims(KontorProcess queryNode, String projection) {
        return projection(queryNode, projection).path("segmentsClaimedHere").asInt();
    }

    private static String status(KontorProcess queryNode, String projection) {
        return projection(queryNode, projection).path("status").asText();
    }

    private static JsonNode projection(KontorProcess queryNode, String name) {
        for (JsonNode projection : queryNode.as("adm").get("/api/admin/projections").json()) {
            if (projection.path("name").asText().equals(name)) {
                return projection;
            }
        }
        throw new AssertionError("no projection " + name);
    }

    private static int segmentsClaimed(KontorProcess queryNode) {
        int claimed = 0;
        for (JsonNode projection : queryNode.as("adm").get("/api/admin/projections").json()) {
            claimed += projection.path("segmentsClaimedHere").asInt();
        }
        return claimed;
    }

    private static List<Http.Response> race(int requests, java.util.function.IntFunction<Http.Response> request) {
        CyclicBarrier start = new CyclicBarrier(requests);
        List<CompletableFuture<Http.Response>> answers = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            int index = i;
            Supplier<Http.Response> call = () -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return request.apply(index);
            };
            answers.add(CompletableFuture.supplyAsync(call, java.util.concurrent.Executors.newSingleThreadExecutor()));
        }
        return answers.stream().map(CompletableFuture::join).toList();
    }
}
