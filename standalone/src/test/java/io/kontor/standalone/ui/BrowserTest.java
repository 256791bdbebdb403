package io.kontor.standalone.ui;

import io.kontor.platform.testing.Http;
import io.kontor.standalone.StandaloneTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Browser tests: the web interface of the shared standalone application in real Chromium. Skipped, with the
 * command that installs it, where Debian's chromium and chromium-driver are missing.
 */
@ExtendWith(Chromium.class)
abstract class BrowserTest extends StandaloneTest {

    protected Browser browser;

    @BeforeEach
    void useTheBrowser(Browser shared) {
        browser = shared.at(baseUrl());
    }

    /** A name no other test uses, so searches and reports over the shared database find only this test's data. */
    protected static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    protected String open(Map<String, Object> account) {
        return openAccount(account).id();
    }

    protected Http.Response write(String path, Map<String, Object> body) {
        Http.Response answer = service().post(path, body);
        if (answer.status() != 201 && answer.status() != 200) {
            throw new AssertionError(path + ": " + answer);
        }
        return answer;
    }

    /**
     * Reads as an analyst once the projections have seen the write, however long a loaded machine makes them take
     * (a read awaiting a position gives up after 5 s with 503; this asks again).
     */
    protected Http.Response settled(Http.Response write, String path) {
        return await().atMost(Duration.ofSeconds(120)).until(() -> readAfter(write, path), answer -> answer.status() == 200);
    }

    /** Milliseconds, printed for the README, with the target beside them. */
    protected static void report(String what, double millis, double target) {
        System.out.printf("[browser timing] %s: %.0f ms (target %.0f ms)%n", what, millis, target);
    }
}
