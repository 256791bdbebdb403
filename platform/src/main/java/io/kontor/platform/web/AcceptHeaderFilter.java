package io.kontor.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;

/**
 * Refuses an {@code Accept} header that is not a list of media types ({@code Accept: garbage}) with a
 * 406 problem. Left to Spring MVC, such a request got an empty 406: the error's own body could not be
 * negotiated against the header that caused it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class AcceptHeaderFilter extends OncePerRequestFilter {

    private final ObjectMapper objectMapper;

    public AcceptHeaderFilter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (String accept : Collections.list(request.getHeaders(HttpHeaders.ACCEPT))) {
            try {
                MediaType.parseMediaTypes(accept);
            } catch (InvalidMediaTypeException e) {
                ProblemResponses.write(request, response, Problems.of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                        "Not acceptable", "The Accept header is not a list of media types; this API answers "
                                + "application/json, and application/problem+json for errors."), objectMapper);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
