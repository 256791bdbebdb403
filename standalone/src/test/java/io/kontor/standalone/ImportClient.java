package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.awaitility.Awaitility;

import java.io.ByteArrayOutputStream;
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
import java.util.Map;
import java.util.UUID;

/** Uploads exports to {@code /api/imports} as a client would (multipart or raw body) and follows the import. */
final class ImportClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String user;

    ImportClient(String baseUrl, String user) {
        this.baseUrl = baseUrl;
        this.user = user;
    }

    /** A multipart/form-data upload, one part named file per entry (file name to content). */
    Http.Response upload(String query, Map<String, byte[]> files) {
        String boundary = "kontor-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        files.forEach((name, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: " + (name.endsWith(".json") ? "application/json" : "text/csv") + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/imports" + query)).header("Content-Type", "multipart/form-data; boundary="
                + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** One file as the raw request body. */
    Http.Response raw(String query, String contentType, byte[] content) {
        return send(HttpRequest.newBuilder(uri("/api/imports" + query)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** Applies the files and waits until the import has ended; returns its final state. */
    JsonNode apply(String query, Map<String, byte[]> files) {
        Http.Response accepted = upload(query, files);
        if (accepted.status() != 202) {
            throw new AssertionError("import not accepted: " + accepted);
        }
        return awaitEnd(accepted.json().path("id").asText());
    }

    JsonNode awaitEnd(String id) {
        Http analyst = new Http(baseUrl, "analyst");
        return Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> analyst.get("/api/imports/" + id).json(),
                        state -> !state.path("status").asText().matches("PLANNED|RUNNING|REVERTING"));
    }

    static Map<String, byte[]> files(Object... nameThenContent) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            files.put((String) nameThenContent[i], (byte[]) nameThenContent[i + 1]);
        }
        return files;
    }

    private Http.Response send(HttpRequest.Builder request) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpRequest built = request.timeout(Duration.ofSeconds(120)).build();
            HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Http.Response answer = new Http.Response(response.statusCode(), response.headers().map(), response.body());
            // Uploads bypass the shared Http client, so their answers are held to /v3/api-docs here.
            OpenApiAnswers.INSTANCE.mismatch(baseUrl, built.method(), built.uri().getPath(), answer.status(),
                    answer.header("Content-Type"), answer.body()).ifPresent(problem -> {
                        throw new AssertionError("The answer to " + built.method() + " " + built.uri() + " disagrees with "
                                + "/v3/api-docs: " + problem + "\n  answer: " + answer);
                    });
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }
}
