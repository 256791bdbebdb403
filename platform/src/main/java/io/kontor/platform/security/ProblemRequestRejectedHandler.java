package io.kontor.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kontor.platform.web.ProblemResponses;
import io.kontor.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;
import java.util.Set;

/**
 * Requests Spring Security's firewall refuses (paths with {@code //}, {@code /./}, {@code /../},
 * {@code ;params}, encoded slashes or control characters, methods such as TRACE or PROPFIND) are
 * answered as problems, written here directly: the default handler sent an error that the container
 * dispatched through the same firewall again, which refused it again and left an empty body.
 */
public class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final ObjectMapper objectMapper;

    public ProblemRequestRejectedHandler(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
            ProblemResponses.write(request, response, Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                    "Method not allowed", "This API takes GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS only."),
                    objectMapper);
            return;
        }
        ProblemResponses.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, "rejected-url", "Rejected URL",
                "The URL or a header holds a sequence this API never uses: an empty segment (//), . or .. "
                        + "segments, ;parameters, encoded slashes, backslashes or percent signs, or control "
                        + "characters. Send the path exactly as the API documents it."), objectMapper);
    }
}
