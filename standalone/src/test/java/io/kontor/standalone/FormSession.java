package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session without a browser: signs in through the web interface's form (with the CSRF token the
 * form carries) and then sends the session cookie, as the pages' scripts do. For tests of the browser-facing
 * security over plain HTTP, and of sessions shared by several query nodes.
 */
public final class FormSession {

    public static final String COOKIE = "KONTOR_SESSION";
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile(COOKIE + "=([^;]+)");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String session;

    private FormSession(String session) {
        this.session = session;
    }

    /** Signs in; fails the test unless the form sent the browser on to the web interface. */
    public static FormSession signIn(String baseUrl, String user, String password) {
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(baseUrl + "/ui/login")).GET(), null);
        Matcher token = FORM_TOKEN.matcher(form.body());
        if (!token.find()) {
            throw new AssertionError("the sign-in form has no CSRF token: " + form.body());
        }
        String anonymous = cookie(form);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(baseUrl + "/ui/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password)
                        + "&_csrf=" + encode(token.group(1)))), anonymous);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new AssertionError("not signed in: " + answer.statusCode() + " to " + location);
        }
        return new FormSession(cookie(answer));
    }

    public String cookie() {
        return session;
    }

    public Answer get(String baseUrl, String path) {
        return Answer.of(send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()
                .header("X-Requested-With", "XMLHttpRequest"), session));
    }

    /** A change with the session, with or without the session's CSRF token in its header. */
    public Answer post(String baseUrl, String path, String json, boolean withToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (withToken) {
            JsonNode csrf = get(baseUrl, "/ui/me").json().path("csrf");
            request.header(csrf.path("header").asText(), csrf.path("token").asText());
        }
        return Answer.of(send(request, session));
    }

    public Answer signOut(String baseUrl) {
        JsonNode csrf = get(baseUrl, "/ui/me").json().path("csrf");
        return Answer.of(send(HttpRequest.newBuilder(URI.create(baseUrl + "/ui/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(csrf.path("parameter").asText() + "=" + encode(csrf.path("token").asText()))),
                session));
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(matcher -> matcher.group(1)).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String session) {
        if (session != null) {
            request.header("Cookie", COOKIE + "=" + session);
        }
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public record Answer(int status, java.util.Map<String, java.util.List<String>> headers, String body) {

        static Answer of(HttpResponse<String> response) {
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }
}
