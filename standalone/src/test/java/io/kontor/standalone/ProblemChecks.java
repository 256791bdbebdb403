package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every error answer of Kontor (or of its server) must be: {@code application/problem+json} with
 * a stable {@code urn:kontor:problem:} type and the HTTP status, and no word of the implementation:
 * no Java class or package, no exception name, no parser token, no library method.
 */
final class ProblemChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INTERNALS = Pattern.compile(String.join("|",
            "\\b(io\\.kontor|com\\.fasterxml|org\\.springframework|org\\.axonframework|org\\.apache|org\\.hibernate"
                    + "|org\\.h2|org\\.postgresql|java\\.(lang|util|time|io|net|sql)|jakarta\\.)",
            "\\b[A-Z][A-Za-z]+(Exception|Error)\\b", "JsonToken", "StreamReadConstraints", "START_(ARRAY|OBJECT)",
            "VALUE_(STRING|NUMBER)", "`", "\\b[a-z]+[A-Z]\\w*\\(\\)", "Creator", "Hibernate", "JDBC", "SQL",
            "Servlet", "\\$[A-Z]", "(?i:jackson|deserializ|constructor|tomcat|axon|<html|<!doctype)"));

    private ProblemChecks() {
    }

    /** The reasons this error answer is not a clean problem; empty if it is one. */
    static List<String> flaws(int status, String contentType, String body) {
        List<String> flaws = new ArrayList<>();
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            flaws.add("content type " + contentType + " is not application/problem+json");
        }
        Matcher internal = INTERNALS.matcher(body == null ? "" : body);
        if (internal.find()) {
            flaws.add("names an internal: '" + internal.group() + "'");
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            flaws.add("the body is not JSON");
            return flaws;
        }
        if (problem == null || !problem.path("type").asText("").startsWith("urn:kontor:problem:")) {
            flaws.add("no stable urn:kontor:problem: type");
        } else if (problem.path("status").asInt() != status) {
            flaws.add("status member " + problem.path("status") + " is not the HTTP status " + status);
        } else if (problem.path("title").asText("").isBlank()) {
            flaws.add("no title");
        }
        return flaws;
    }

    static boolean namesInternals(String text) {
        return INTERNALS.matcher(text).find();
    }
}
