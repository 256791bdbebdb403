package io.kontor.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/** Builds RFC 9457 problem details with Kontor's stable {@code urn:kontor:problem:<code>} types. */
public final class Problems {

    private Problems() {
    }

    public static URI type(String code) {
        return URI.create("urn:kontor:problem:" + code);
    }

    public static ProblemDetail of(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(code));
        problem.setTitle(title);
        return problem;
    }
}
