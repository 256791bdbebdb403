package io.kontor.platform.web.idempotency;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kontor.platform.web.CurrentRequest;
import io.kontor.platform.web.ProblemResponses;
import io.kontor.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on POST (API.md, Conventions): the first request with a key runs; a repeat
 * with the same body gets the first answer again without running; the same key with another body is
 * 422; a repeat while the first still runs is 409. Keys are per caller and stored in the database, so
 * they hold across restarts and across nodes.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String EVENT_POSITION = "X-Event-Position";
    private static final Pattern ACCEPTABLE_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final IdempotencyStore store;
    private final ObjectMapper objectMapper;

    public IdempotencyFilter(IdempotencyStore store, ObjectMapper objectMapper) {
        this.store = store;
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!ACCEPTABLE_KEY.matcher(key).matches()) {
            ProblemDetail invalid = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                    HEADER + " must be 1 to 255 visible ASCII characters.");
            invalid.setProperty("errors", List.of(Map.of("field", HEADER, "message", "must be 1 to 255 visible ASCII characters")));
            write(request, response, invalid);
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request, request.getInputStream().readAllBytes());
        String principal = CurrentRequest.principal();
        IdempotencyStore.Claim claim = store.claim(principal, key, hash(request, cached.body()));
        switch (claim.result()) {
            case CLAIMED -> runAndRecord(cached, response, chain, principal, key);
            case COMPLETED -> replay(claim.response(), response);
            case IN_PROGRESS -> problem(request, response, HttpStatus.CONFLICT, "idempotent-request-in-progress",
                    "Request in progress", "A request with this " + HEADER + " is still being processed; retry later.");
            case DIFFERENT_REQUEST -> problem(request, response, HttpStatus.UNPROCESSABLE_ENTITY,
                    "idempotency-key-reused", "Idempotency key reused",
                    "This " + HEADER + " was already used for a different request; use a new key.");
        }
    }

    private void runAndRecord(CachedBodyRequest request, HttpServletResponse response, FilterChain chain,
                              String principal, String key) throws ServletException, IOException {
        ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
        boolean recorded = false;
        try {
            chain.doFilter(request, recording);
            if (recording.getStatus() < 500) {
                store.complete(principal, key, new StoredResponse(recording.getStatus(), recording.getContentType(),
                        recording.getHeader(HttpHeaders.LOCATION), recording.getHeader(HttpHeaders.ETAG),
                        recording.getHeader(EVENT_POSITION), recording.getContentAsByteArray()));
                recorded = true;
            }
        } finally {
            if (!recorded) {
                store.release(principal, key);
            }
            recording.copyBodyToResponse();
        }
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        response.setHeader("Idempotent-Replayed", "true");
        setIfPresent(response, HttpHeaders.CONTENT_TYPE, stored.contentType());
        setIfPresent(response, HttpHeaders.LOCATION, stored.location());
        setIfPresent(response, HttpHeaders.ETAG, stored.etag());
        setIfPresent(response, EVENT_POSITION, stored.eventPosition());
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body());
        }
    }

    private static void setIfPresent(HttpServletResponse response, String name, String value) {
        if (value != null) {
            response.setHeader(name, value);
        }
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                         String title, String detail) throws IOException {
        write(request, response, Problems.of(status, code, title, detail));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        ProblemResponses.write(request, response, problem, objectMapper);
    }

    /**
     * The same JSON document is the same request, whatever its key order or whitespace: the body is
     * hashed in a canonical form (keys sorted, no spaces); a body that is not JSON (or none) is hashed as sent.
     */
    private static byte[] canonical(byte[] body) {
        try {
            return CANONICAL.writeValueAsBytes(CANONICAL.readValue(body, Object.class));
        } catch (IOException notJson) {
            return body;
        }
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + ' ' + request.getRequestURI() + '?' + request.getQueryString() + '\n')
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(canonical(body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
