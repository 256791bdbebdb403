package io.kontor.standalone;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request of the fuzz suite: what is sent, as whom, and whether the service must refuse it (a
 * value the contract rules out: its answer may be any 4xx, never a 2xx).
 */
record FuzzCall(String label, String method, String path, String contentType, String body, Map<String, String> headers,
                String user, boolean mustRefuse) {

    static final String LONE_SURROGATE = "LONE-SURROGATE-MARKER";

    FuzzCall with(String newLabel, boolean refuse) {
        return new FuzzCall(newLabel, method, path, contentType, body, headers, user, refuse);
    }

    FuzzCall withBody(String newLabel, String newBody, boolean refuse) {
        return new FuzzCall(newLabel, method, path, contentType, newBody, headers, user, refuse);
    }

    FuzzCall withPath(String newLabel, String newPath, boolean refuse) {
        return new FuzzCall(newLabel, method, newPath, contentType, body, headers, user, refuse);
    }

    FuzzCall withHeader(String newLabel, String name, String value, boolean refuse) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new FuzzCall(newLabel, method, path, contentType, body, more, user, refuse);
    }

    FuzzCall withContentType(String newLabel, String type, boolean refuse) {
        return new FuzzCall(newLabel, method, path, type, body, headers, user, refuse);
    }

    FuzzCall as(String newLabel, String newUser) {
        return new FuzzCall(newLabel, method, path, contentType, body, headers, newUser, true);
    }

    /** The body as sent: a marked string becomes a lone UTF-16 surrogate escape, which JSON writers refuse to write. */
    String wireBody() {
        return body == null ? null : body.replace(LONE_SURROGATE, "a\\ud800b");
    }

    @Override
    public String toString() {
        return label + ": " + method + " " + path + (body == null ? "" : " " + abbreviate(wireBody()))
                + (headers.isEmpty() ? "" : " " + abbreviate(headers.toString())) + " as " + user;
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "...(" + text.length() + " chars)" : text;
    }
}
