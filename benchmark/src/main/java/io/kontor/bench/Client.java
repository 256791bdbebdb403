package io.kontor.bench;

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
import java.util.Map;

/** A small HTTP client for one service node and one user. */
final class Client {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(int status, String body, long position) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(body, e);
            }
        }

        String id() {
            return json().path("id").asText();
        }
    }

    private final String base;
    private final String authorization;

    Client(String base, String user, String password) {
        this.base = base;
        this.authorization = user.isEmpty() ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), -1);
    }

    /** A read asking for another representation than JSON. */
    Answer get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().header("Accept", accept), -1);
    }

    Answer getAfter(String path, long position) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), position);
    }

    Answer post(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).POST(json(body)), -1);
    }

    Answer put(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).PUT(json(body)), -1);
    }

    Answer patch(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).method("PATCH", json(body)), -1);
    }

    private Answer send(HttpRequest.Builder request, long awaitPosition) {
        request.header("Content-Type", "application/json").timeout(Duration.ofSeconds(120));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (awaitPosition >= 0) {
            request.header("X-Await-Position", Long.toString(awaitPosition));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long position = response.headers().firstValue("X-Event-Position").map(Long::parseLong).orElse(-1L);
            return new Answer(response.statusCode(), response.body(), position);
        } catch (IOException e) {
            return new Answer(-1, e.toString(), -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "interrupted", -1);
        }
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }
}
