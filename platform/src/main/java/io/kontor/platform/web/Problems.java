package io.kontor.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.Map;

/** Builds RFC 9457 problem details with Kontor's stable {@code urn:kontor:problem:<code>} types. */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:kontor:problem:";

    /**
     * The type of a problem that has no more specific one: every status an error of Kontor or of its
     * server can have gets a stable type, so a client never sees {@code about:blank}.
     */
    private static final Map<Integer, String> GENERIC_CODES = Map.ofEntries(
            Map.entry(400, "malformed-request"), Map.entry(401, "unauthenticated"), Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"), Map.entry(405, "method-not-allowed"), Map.entry(406, "not-acceptable"),
            Map.entry(408, "request-timeout"), Map.entry(409, "conflict"), Map.entry(411, "length-required"),
            Map.entry(412, "precondition-failed"), Map.entry(413, "payload-too-large"), Map.entry(414, "uri-too-long"),
            Map.entry(415, "unsupported-media-type"), Map.entry(417, "expectation-failed"),
            Map.entry(422, "unprocessable-content"), Map.entry(429, "too-many-requests"),
            Map.entry(431, "headers-too-large"), Map.entry(500, "internal-error"), Map.entry(501, "not-implemented"),
            Map.entry(503, "service-unavailable"), Map.entry(505, "http-version-not-supported"));

    private Problems() {
    }

    public static URI type(String code) {
        return URI.create(TYPE_PREFIX + code);
    }

    public static ProblemDetail of(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(code));
        problem.setTitle(title);
        return problem;
    }

    /** The stable code of a problem with only a status to go by. */
    public static String genericCode(int status) {
        return GENERIC_CODES.getOrDefault(status, status >= 500 ? "internal-error" : "malformed-request");
    }

    /** A problem with the generic type and title of its status. */
    public static ProblemDetail generic(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(genericCode(status.value())));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        return problem;
    }

    /** Gives a problem built elsewhere (Spring's own, for example) Kontor's stable type. */
    public static void stabilize(ProblemDetail problem) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(type(genericCode(problem.getStatus())));
        }
    }
}
