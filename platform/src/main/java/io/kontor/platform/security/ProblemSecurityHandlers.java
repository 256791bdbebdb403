package io.kontor.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kontor.platform.web.ProblemResponses;
import io.kontor.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import java.io.IOException;

/**
 * 401 and 403 as problem details, like every other error of the API. A script's request (marked with
 * {@code X-Requested-With}, as Spring Security's own Basic entry point does) gets its 401 without a Basic
 * challenge, so a browser does not put its own sign-in dialog in front of the web interface's form.
 */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper objectMapper;

    public ProblemSecurityHandlers(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (request.getHeader("X-Requested-With") == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"kontor\", charset=\"UTF-8\"");
        }
        write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                "Send valid HTTP Basic credentials."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            write(request, response, Problems.of(HttpStatus.FORBIDDEN, "csrf-token", "Missing or stale CSRF token",
                    "A change sent with a browser session needs the session's CSRF token in the X-CSRF-TOKEN header."));
            return;
        }
        write(request, response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your role does not allow " + request.getMethod() + " " + request.getRequestURI() + "."));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        ProblemResponses.write(request, response, problem, objectMapper);
    }
}
