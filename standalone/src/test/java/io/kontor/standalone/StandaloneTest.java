package io.kontor.standalone;

import io.kontor.platform.testing.Http;
import io.kontor.platform.testing.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * End-to-end tests against the standalone application: a real server on a random port over a real H2
 * file database in a temporary directory (or, with {@code -Dkontor.test.database=postgres}, a real
 * PostgreSQL server from Maven-provided binaries), driven over HTTP. All subclasses share one running
 * application (Spring caches the context), so tests must not assume an empty database. Every answer
 * they receive through {@link Http} must agree with /v3/api-docs ({@link OpenApiAnswers}).
 */
@SpringBootTest(classes = KontorStandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ReplayProbe.class)
public abstract class StandaloneTest {

    static {
        // System properties, because the database is settled while the environment is prepared, before
        // @DynamicPropertySource values exist. One database for the shared application.
        if (System.getProperty("kontor.data-dir") == null) {
            System.setProperty("kontor.data-dir", temporaryDirectory().toString());
        }
        if (onPostgres() && System.getProperty("spring.datasource.url") == null) {
            System.setProperty("spring.datasource.url", TestDatabases.postgresUrl());
            System.setProperty("spring.datasource.username", "postgres");
        }
        // Users limited to territories (VisibilityLeakEndToEndTest): one per seed, each to two territories of its own.
        for (int seed = 1; seed <= VisibilityModel.SEEDS; seed++) {
            String user = VisibilityModel.user(seed);
            System.setProperty("kontor.security.users." + user + ".password", user);
            System.setProperty("kontor.security.users." + user + ".roles", "SERVICE,ANALYST,AUDITOR");
            System.setProperty("kontor.security.users." + user + ".territories", String.join(",", VisibilityModel.scope(seed)));
        }
        // Every answer any end-to-end test receives is checked against the service's OpenAPI document.
        Http.observe(OpenApiAnswers.INSTANCE);
    }

    private static volatile boolean readModelsLive;

    @LocalServerPort
    protected int port;

    /**
     * A fresh service builds the first generation of every read model as it starts; until then reads
     * answer 503. Tests that read without awaiting a position begin once that is done.
     */
    @BeforeEach
    void readModelsAreLive() {
        if (!readModelsLive) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                JsonNode projections = admin().get("/api/admin/projections").json();
                for (JsonNode projection : projections) {
                    if (!"RUNNING".equals(projection.path("status").asText())) {
                        return false;
                    }
                }
                return !projections.isEmpty();
            });
            readModelsLive = true;
        }
    }

    /** Whether this run of the suite is the one on PostgreSQL ({@code -Dkontor.test.database=postgres}). */
    protected static boolean onPostgres() {
        return "postgres".equals(System.getProperty("kontor.test.database"));
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    protected Http service() {
        return new Http(baseUrl(), "service");
    }

    protected Http analyst() {
        return new Http(baseUrl(), "analyst");
    }

    protected Http admin() {
        return new Http(baseUrl(), "admin");
    }

    /** Opens an account and returns the answer; fails the test unless it was created. */
    protected Http.Response openAccount(Map<String, Object> body) {
        Http.Response created = service().post("/api/accounts", body);
        if (created.status() != 201) {
            throw new AssertionError("account not opened: " + created);
        }
        return created;
    }

    /** Reads as an analyst, waiting until the projections have seen the given write. */
    protected Http.Response readAfter(Http.Response write, String path) {
        return analyst().with("X-Await-Position", Long.toString(write.eventPosition())).get(path);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("kontor-e2e-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
