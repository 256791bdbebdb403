package io.kontor.standalone;

import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The browser's way in over plain HTTP: a form and a session (kept in the database), CSRF tokens on changes that
 * ride on the session, HTTP Basic untouched for the API, a Content-Security-Policy without inline scripts.
 */
class WebUiSecurityEndToEndTest extends StandaloneTest {

    private static final String CREATE = "{\"name\":\"Opened from a browser session\"}";

    @Test
    void aSignedInBrowserReadsTheApiWithItsSessionAndItsRoleOnly() {
        FormSession analyst = FormSession.signIn(baseUrl(), "analyst", "analyst");

        assertThat(analyst.get(baseUrl(), "/api/accounts?size=1").status()).isEqualTo(200);
        assertThat(analyst.get(baseUrl(), "/ui/me").json().path("roles").toString()).isEqualTo("[\"ANALYST\"]");
        assertThat(analyst.get(baseUrl(), "/api/admin/projections").status()).isEqualTo(403);
        assertThat(analyst.get(baseUrl(), "/api/audit/events").status()).isEqualTo(403);
        assertThat(analyst.get(baseUrl(), "/ui/projections.html").status()).as("an admin's page").isEqualTo(403);
    }

    @Test
    void aChangeRidingOnASessionNeedsTheSessionsCsrfTokenWhileBasicCallersNeedNone() {
        FormSession service = FormSession.signIn(baseUrl(), "service", "service");

        FormSession.Answer forged = service.post(baseUrl(), "/api/accounts", CREATE, false);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().path("type").asText()).isEqualTo("urn:kontor:problem:csrf-token");
        assertThat(service.post(baseUrl(), "/api/accounts", CREATE, true).status()).isEqualTo(201);
        assertThat(service().post("/api/accounts", CREATE).status()).as("HTTP Basic, no session").isEqualTo(201);
    }

    @Test
    void signingInNeedsTheRightPasswordAndTheFormsTokenAndSigningOutEndsTheSession() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> withoutToken = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/ui/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=analyst&password=analyst")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).as("a sign-in without the form's token").isEqualTo(302);
        assertThat(withoutToken.headers().firstValue("Location").orElseThrow()).endsWith("/ui/login?expired");
        assertThatThrownBy(() -> FormSession.signIn(baseUrl(), "analyst", "wrong"))
                .hasMessageContaining("error");

        FormSession auditor = FormSession.signIn(baseUrl(), "auditor", "auditor");
        assertThat(auditor.get(baseUrl(), "/api/audit/events?limit=1").status()).isEqualTo(200);
        assertThat(auditor.signOut(baseUrl()).header("Location")).endsWith("/ui/login?signed-out");
        FormSession.Answer afterwards = auditor.get(baseUrl(), "/api/audit/events?limit=1");
        assertThat(afterwards.status()).isEqualTo(401);
        assertThat(afterwards.header("WWW-Authenticate")).as("no browser dialog for a script").isNull();
    }

    @Test
    void pagesForbidInlineScriptsAndTheSessionCookieIsNotForScripts() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/ui/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("KONTOR_SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(login.body()).doesNotContain("<script").doesNotContain("onclick=").doesNotContain("style=");
        Http.Response page = new Http(baseUrl(), null).get("/ui/accounts.html");
        assertThat(page.status()).as("pages need a session: to the form").isEqualTo(302);
    }
}
