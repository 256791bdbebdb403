package io.kontor.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kontor.api.common.TimeOrderedIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;

/** Writes a problem straight to the servlet response, for filters and handlers that run outside Spring MVC. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem,
                             ObjectMapper objectMapper) throws IOException {
        Problems.stabilize(problem);
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(safePath(request)));
        }
        String correlationId = CorrelationIdFilter.of(request);
        if (correlationId == null) {
            // Refused before the correlation filter ran (Tomcat dispatched the error straight away).
            correlationId = TimeOrderedIds.next().toString();
            response.setHeader(CorrelationIdFilter.HEADER, correlationId);
        }
        problem.setProperty("correlationId", correlationId);
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    /** The request's path if it is a valid URI reference; a rejected request's path may not be. */
    static String safePath(HttpServletRequest request) {
        Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String path = original != null ? original.toString() : request.getRequestURI();
        try {
            return path == null ? "/" : URI.create(path).toString();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
