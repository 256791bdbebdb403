package io.kontor.platform.web.server;

import io.kontor.platform.web.Problems;
import org.springframework.http.HttpStatus;

/** The problem documents of errors the server answers before Kontor's code sees the request. */
final class ServerProblems {

    private ServerProblems() {
    }

    static String json(int status, String correlationId) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return "{\"type\":\"" + Problems.TYPE_PREFIX + Problems.genericCode(status) + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail(status) + "\",\"correlationId\":\""
                + correlationId + "\"}";
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: its request line and headers must stay under 8 KB together, "
                    + "and its URL must not hold an encoded slash (%2F), backslash (%5C) or NUL (%00), or characters "
                    + "that HTTP does not allow.";
            case 408 -> "The request took too long to arrive.";
            case 413 -> "The request body is too large.";
            case 414 -> "The URL is too long: the request line and headers must stay under 8 KB together.";
            case 431 -> "The headers are too large: the request line and headers must stay under 8 KB together.";
            case 505 -> "This server speaks HTTP/1.1 and HTTP/1.0.";
            default -> status >= 500 ? "The server failed to handle the request; quote the correlation id when reporting it."
                    : "The request was refused by the server.";
        };
    }
}
