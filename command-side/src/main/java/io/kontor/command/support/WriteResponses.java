package io.kontor.command.support;

import io.kontor.platform.web.Versions;
import io.kontor.platform.web.idempotency.IdempotencyFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/**
 * The answers of API.md's write conventions: {@code 201} with {@code Location} for creation,
 * {@code 200} otherwise, both with {@code {"id", "version"}}, {@code ETag: "version"} and
 * {@code X-Event-Position}.
 */
public final class WriteResponses {

    private WriteResponses() {
    }

    public static ResponseEntity<WriteResult> created(String location, CommandOutcome outcome) {
        return respond(HttpStatus.CREATED, outcome).location(URI.create(location)).body(body(outcome));
    }

    public static ResponseEntity<WriteResult> ok(CommandOutcome outcome) {
        return respond(HttpStatus.OK, outcome).body(body(outcome));
    }

    /** A creation answer naming more than the aggregate (something created inside it, such as a relationship). */
    public static <T> ResponseEntity<T> created(String location, CommandOutcome outcome, T body) {
        return respond(HttpStatus.CREATED, outcome).location(URI.create(location)).body(body);
    }

    /** A write answer with more fields than id and version (such as the ids a conversion created). */
    public static <T> ResponseEntity<T> ok(CommandOutcome outcome, T body) {
        return respond(HttpStatus.OK, outcome).body(body);
    }

    private static ResponseEntity.BodyBuilder respond(HttpStatus status, CommandOutcome outcome) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status);
        if (outcome.version() >= 0) {
            // A write that targets no aggregate (an erasure touches several) has no version to name.
            builder.eTag(Versions.etag(outcome.version()));
        }
        if (outcome.position() >= 0) {
            builder.header(IdempotencyFilter.EVENT_POSITION, Long.toString(outcome.position()));
        }
        return builder.header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static WriteResult body(CommandOutcome outcome) {
        return new WriteResult(outcome.aggregateId(), outcome.version());
    }
}
