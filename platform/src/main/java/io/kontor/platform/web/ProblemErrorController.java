package io.kontor.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Replaces Spring Boot's {@code /error} page: errors that the servlet container dispatches (a
 * {@code sendError} from outside Spring MVC, an exception escaping a filter) are answered as problems
 * like every other error. Asked for directly, {@code /error} is a resource like any other: it needs
 * the ADMIN role (see {@code SecurityConfiguration}) and does not exist.
 */
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String path = ProblemResponses.safePath(request);
        int code = status instanceof Integer value ? value : HttpStatus.NOT_FOUND.value();
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (code >= 500 && failure instanceof Throwable throwable) {
            LOG.error("Unexpected failure serving {} {}", request.getMethod(), path, throwable);
        }
        ProblemDetail problem = Problems.generic(HttpStatusCode.valueOf(code), detail(code, request.getMethod(), path));
        try {
            problem.setInstance(URI.create(path));
        } catch (IllegalArgumentException notAUri) {
            problem.setInstance(URI.create("/"));
        }
        String correlationId = CorrelationIdFilter.of(request);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        return ResponseEntity.status(code).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String detail(int code, String method, String path) {
        return switch (code) {
            case 400 -> "The request could not be read.";
            case 404 -> "No such resource: " + path;
            case 405 -> method + " is not allowed on " + path + ".";
            case 413 -> "The request body is too large.";
            default -> code >= 500 ? "The server failed to handle the request; quote the correlation id when reporting it."
                    : HttpStatus.resolve(code) == null ? "The request failed." : HttpStatus.resolve(code).getReasonPhrase() + ".";
        };
    }
}
