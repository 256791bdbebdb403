package io.kontor.platform.web;

import io.kontor.api.common.InvalidInputException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Aggregate versions as HTTP entity tags: version N travels as {@code ETag: "N"} and comes back in {@code If-Match}. */
public final class Versions {

    public static final String IF_MATCH = "If-Match";
    private static final Pattern STRONG_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header asks for; {@code null} for no header or {@code *}. */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher matcher = STRONG_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw InvalidInputException.of(IF_MATCH, "must be an entity tag of this API, such as \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }
}
