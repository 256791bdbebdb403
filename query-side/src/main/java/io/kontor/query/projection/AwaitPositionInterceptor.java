package io.kontor.query.projection;

import io.kontor.api.common.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

import java.time.Duration;

/**
 * {@code X-Await-Position: P} on a read: answer only once the projections have processed event
 * position P (from a write's {@code X-Event-Position}), so a client reads its own writes. Bounded by
 * {@code kontor.query.await-timeout}; past it the answer is 503 rather than silently stale data.
 */
public class AwaitPositionInterceptor implements HandlerInterceptor {

    public static final String HEADER = "X-Await-Position";

    private final ProjectionProgress progress;
    private final Duration timeout;

    public AwaitPositionInterceptor(ProjectionProgress progress, Duration timeout) {
        this.progress = progress;
        this.timeout = timeout;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        String header = request.getHeader(HEADER);
        if (header == null || header.isBlank()) {
            return true;
        }
        long position;
        try {
            position = Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            position = -1;
        }
        if (position < 0) {
            throw InvalidInputException.of(HEADER, "must be an event position (0 or more) as returned in X-Event-Position");
        }
        if (!progress.await(position, timeout)) {
            throw new ProjectionsBehindException(position, timeout.toMillis());
        }
        return true;
    }
}
