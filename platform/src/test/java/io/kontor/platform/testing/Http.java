package io.kontor.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A small HTTP client for end-to-end tests: real requests over a socket, JSON in and out. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<Observer> OBSERVERS = new CopyOnWriteArrayList<>();

    /** Sees every request any client sends and its answer (end-to-end suites check answers against the OpenAPI document). */
    public interface Observer {
        void exchanged(String baseUrl, String method, String path, Response response);
    }

    /** From now on, every exchange of every client of this JVM is shown to the observer. */
    public static void observe(Observer observer) {
        if (!OBSERVERS.contains(observer)) {
            OBSERVERS.add(observer);
        }
    }

    private final String baseUrl;
    private final String user;
    private final String password;
    private final Map<String, String> headers;

    /** A client for one of the development users, whose password is their name. */
    public Http(String baseUrl, String user) {
        this(baseUrl, user, user, Map.of());
    }

    public Http(String baseUrl, String user, String password) {
        this(baseUrl, user, password, Map.of());
    }

    private Http(String baseUrl, String user, String password, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
        this.headers = headers;
    }

    /** The same client sending one more header on every request. */
    public Http with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new Http(baseUrl, user, password, more);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** Sends a body exactly as given (for malformed JSON and media-type tests). */
    public Response raw(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return observed(method, path, execute(request));
    }

    public Response send(String method, String path, Object body) {
        HttpRequest.Builder request = request(path);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8));
        }
        return observed(method, path, execute(request));
    }

    private Response observed(String method, String path, Response response) {
        for (Observer observer : OBSERVERS) {
            observer.exchanged(baseUrl, method, path, response);
        }
        return response;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            String credentials = user + ":" + password;
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    credentials.getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        return request;
    }

    private static Response execute(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            try {
                return body == null || body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }

        public String id() {
            return json().path("id").asText();
        }

        public long eventPosition() {
            return Long.parseLong(header("X-Event-Position"));
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
