package io.kontor.platform.web;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.FieldViolation;
import io.kontor.api.common.InvalidInputException;
import io.kontor.api.common.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns every failure into an RFC 9457 problem: 400 for bad input (with the offending fields), 404
 * for unknown ids, 409 for business rules and concurrent changes, 412 for stale {@code If-Match}.
 * Nothing a client sent ends as a 500; a 500 means a bug and is logged with the correlation id.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance");

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e, HttpServletRequest request) {
        return validationProblem(e.violations(), request);
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    ResponseEntity<Object> ruleViolation(BusinessRuleViolation e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.rule(), "Business rule violated", e.getMessage());
        problem.setProperty("rule", e.rule());
        // A fact never overwrites a member of the problem itself (status must stay the HTTP code).
        e.details().forEach((name, value) -> {
            if (!PROBLEM_MEMBERS.contains(name)) {
                problem.setProperty(name, value);
            }
        });
        return respond(problem, request);
    }

    /**
     * Unknown ids, including the id of one kind of resource used where another kind is expected (an
     * account's id on a contact's path): Axon finds that aggregate's events, but none of them
     * creates the aggregate the command is for.
     */
    @ExceptionHandler({NotFoundException.class, AggregateNotFoundException.class, IncompatibleAggregateException.class})
    ResponseEntity<Object> notFound(RuntimeException e, HttpServletRequest request) {
        String detail;
        if (e instanceof NotFoundException) {
            detail = e.getMessage();
        } else if (e instanceof IncompatibleAggregateException) {
            detail = "No such resource: an id in this request names no resource of the kind this operation expects.";
        } else {
            detail = "No such resource: " + request.getRequestURI();
        }
        return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", detail), request);
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<Object> staleVersion(ConflictingAggregateVersionException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "version-mismatch", "Version mismatch",
                "The resource is at version " + e.getActualVersion() + ", not " + e.getExpectedVersion()
                        + " as If-Match says; nothing was changed. Read it again and retry.");
        problem.setProperty("currentVersion", e.getActualVersion());
        return respond(problem, request);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrentChange(ConcurrencyException e, HttpServletRequest request) {
        return respond(Problems.of(HttpStatus.CONFLICT, "concurrent-modification", "Concurrent modification",
                "Another request changed the same resource at the same time; nothing was changed. Retry."), request);
    }

    /** A lock or a transaction that took too long: nothing was written, and the same request may well pass in a moment. */
    @ExceptionHandler({PessimisticLockingFailureException.class, QueryTimeoutException.class, TransactionTimedOutException.class})
    ResponseEntity<Object> busy(RuntimeException e, HttpServletRequest request) {
        LOG.warn("Busy serving {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Busy",
                "The request waited too long for other requests changing the same data; nothing was changed. Retry.");
        decorate(problem, request);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<Object> duplicateCreation(AggregateStreamCreationException e, HttpServletRequest request) {
        return respond(Problems.of(HttpStatus.CONFLICT, "already-exists", "Already exists",
                "A resource with this id already exists; nothing was changed."), request);
    }

    @ExceptionHandler({CommandExecutionException.class, QueryExecutionException.class,
            java.util.concurrent.CompletionException.class})
    ResponseEntity<Object> wrapped(RuntimeException e, HttpServletRequest request) throws Exception {
        Throwable cause = e.getCause();
        if (cause instanceof Exception exception && cause != e) {
            return dispatch(exception, request);
        }
        return unexpected(e, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return validationProblem(List.of(new FieldViolation(e.getName(), "must be " + ClientTerms.describe(e.getRequiredType()))),
                request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("Unexpected failure serving {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The server failed to handle the request; quote the correlation id when reporting it."), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldViolation(error.getField(), error.getDefaultMessage()))
                .toList();
        return validationProblem(violations, ((ServletWebRequest) request).getRequest());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
        Optional<UnreadableBodies.Verdict> verdict = UnreadableBodies.explain(e.getCause());
        if (verdict.isEmpty()) {
            return unexpected(e, servletRequest);
        }
        if (!verdict.get().violations().isEmpty()) {
            return validationProblem(verdict.get().violations(), servletRequest);
        }
        return respond(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                verdict.get().detail()), servletRequest);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
        return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "No such resource: " + servletRequest.getRequestURI()), servletRequest);
    }

    /** Spring's own problems (405, 406, 415, missing parameters, ...) get a stable type and are always JSON. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            Problems.stabilize(problem);
            decorate(problem, ((ServletWebRequest) request).getRequest());
            HttpHeaders problemHeaders = new HttpHeaders();
            problemHeaders.putAll(response.getHeaders());
            problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return new ResponseEntity<>(problem, problemHeaders, response.getStatusCode());
        }
        return response;
    }

    private ResponseEntity<Object> dispatch(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof InvalidInputException invalid) {
            return invalidInput(invalid, request);
        } else if (e instanceof BusinessRuleViolation violation) {
            return ruleViolation(violation, request);
        } else if (e instanceof NotFoundException || e instanceof AggregateNotFoundException
                || e instanceof IncompatibleAggregateException) {
            return notFound((RuntimeException) e, request);
        } else if (e instanceof ConflictingAggregateVersionException stale) {
            return staleVersion(stale, request);
        } else if (e instanceof ConcurrencyException concurrent) {
            return concurrentChange(concurrent, request);
        } else if (e instanceof AggregateStreamCreationException created) {
            return duplicateCreation(created, request);
        } else if (e instanceof CommandExecutionException || e instanceof QueryExecutionException
                || e instanceof java.util.concurrent.CompletionException) {
            return wrapped((RuntimeException) e, request);
        }
        return unexpected(e, request);
    }

    private ResponseEntity<Object> validationProblem(List<FieldViolation> violations, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        problem.setProperty("errors", violations.stream()
                .map(v -> Map.of("field", v.field(), "message", v.message())).toList());
        return respond(problem, request);
    }

    /** Problems are always application/problem+json, whatever the Accept header asked for. */
    private ResponseEntity<Object> respond(ProblemDetail problem, HttpServletRequest request) {
        decorate(problem, request);
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static void decorate(ProblemDetail problem, HttpServletRequest request) {
        if (problem.getInstance() == null) {
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
        }
        String correlationId = CorrelationIdFilter.of(request);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
    }
}
