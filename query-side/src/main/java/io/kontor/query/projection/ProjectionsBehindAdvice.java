package io.kontor.query.projection;

import io.kontor.platform.web.CorrelationIdFilter;
import io.kontor.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProjectionsBehindAdvice {

    @ExceptionHandler(ProjectionsBehindException.class)
    ResponseEntity<ProblemDetail> behind(ProjectionsBehindException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "projections-behind", "Projections behind",
                e.getMessage());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("awaitedPosition", e.position());
        problem.setProperty("correlationId", CorrelationIdFilter.of(request));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    @ExceptionHandler(ReadModelsBuildingException.class)
    ResponseEntity<ProblemDetail> building(ReadModelsBuildingException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "read-models-building", "Read models being built",
                e.getMessage());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("correlationId", CorrelationIdFilter.of(request));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }
}
