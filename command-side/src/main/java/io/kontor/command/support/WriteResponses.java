package io.kontor.command.support;

import io.kontor.platform.web.Versions;
import io.kontor.platform.web.idempotency.IdempotencyFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers of API.md's write conventions: {@code 201} with {@code Location} for creation,
 * {@code 200} otherwise, both with {@code {"id", "version"}}, {@code ETag: "version"} and
 * {@code X-Event-Position}.
 */
public final class WriteResponses {

    private WriteResponses() {
    }

    public static ResponseEntity<Map<String, Object>> created(String location, CommandOutcome outcome) {
        return respond(HttpStatus.CREATED, outcome, Map.of()).location(URI.create(location))
                .body(body(outcome, Map.of()));
    }

    /** A creation answer for something inside an aggregate: {@code extra} names it (its own {@code id}, its owner). */
    public static ResponseEntity<Map<String, Object>> created(String location, CommandOutcome outcome, Map<String, Object> extra) {
        return respond(HttpStatus.CREATED, outcome, extra).location(URI.create(location)).body(body(outcome, extra));
    }

    public static ResponseEntity<Map<String, Object>> ok(CommandOutcome outcome) {
        return respond(HttpStatus.OK, outcome, Map.of()).body(body(outcome, Map.of()));
    }

    /** A write answer with more fields than id and version (such as the ids a conversion created). */
    public static ResponseEntity<Map<String, Object>> ok(CommandOutcome outcome, Map<String, Object> extra) {
        return respond(HttpStatus.OK, outcome, extra).body(body(outcome, extra));
    }

    private static ResponseEntity.BodyBuilder respond(HttpStatus status, CommandOutcome outcome, Map<String, Object> extra) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).eTag(Versions.etag(outcome.version()));
        if (outcome.position() >= 0) {
            builder.header(IdempotencyFilter.EVENT_POSITION, Long.toString(outcome.position()));
        }
        return builder.header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static Map<String, Object> body(CommandOutcome outcome, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", outcome.aggregateId());
        body.put("version", outcome.version());
        body.putAll(extra);
        return body;
    }
}
