package io.kontor.platform.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.kontor.api.common.FieldViolation;
import io.kontor.api.common.InvalidInputException;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says why a request body could not be read, in the client's terms: the field and what it must be,
 * or where the JSON breaks. Jackson's own messages name Java classes, parser tokens and library
 * methods; none of that reaches a client.
 */
final class UnreadableBodies {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");

    /** Either field violations (answered as a validation problem) or a detail for a malformed body. */
    record Verdict(List<FieldViolation> violations, String detail) {
    }

    private UnreadableBodies() {
    }

    /** Empty if the failure is not the client's (a type Jackson cannot build is a bug, answered as 500). */
    static Optional<Verdict> explain(Throwable cause) {
        InvalidInputException invalid = find(cause, InvalidInputException.class);
        if (invalid != null) {
            return Optional.of(new Verdict(invalid.violations(), null));
        }
        StreamConstraintsException tooLarge = find(cause, StreamConstraintsException.class);
        if (tooLarge != null) {
            return Optional.of(tooLarge(cause, tooLarge));
        }
        JsonParseException parse = find(cause, JsonParseException.class);
        if (parse != null) {
            return Optional.of(syntax(parse));
        }
        if (cause instanceof InvalidDefinitionException) {
            return Optional.empty();
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return Optional.of(mismatch(mismatch));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Optional.of(field(mapping, "has a value that cannot be read"));
        }
        if (cause instanceof JsonProcessingException json) {
            return Optional.of(malformed("The body is not valid JSON" + at(json.getLocation()) + "."));
        }
        return Optional.of(malformed("The request body is missing or is not JSON."));
    }

    private static Verdict syntax(JsonParseException parse) {
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(parse.getOriginalMessage()));
        if (duplicate.matches()) {
            String field = qualified(parse.getProcessor(), duplicate.group(1));
            return new Verdict(List.of(new FieldViolation(field, "appears more than once; send each field once")), null);
        }
        return malformed("The body is not valid JSON" + at(parse.getLocation())
                + ". Send one JSON value in UTF-8, with strings in double quotes.");
    }

    private static Verdict mismatch(MismatchedInputException mismatch) {
        if (mismatch instanceof UnrecognizedPropertyException) {
            return field(mismatch, "is not a field of this request");
        }
        if (mismatch.getPath().isEmpty()) {
            String original = String.valueOf(mismatch.getOriginalMessage());
            if (original.startsWith("No content to map")) {
                return malformed("The request body is missing.");
            }
            return malformed("The body must be " + ClientTerms.describe(mismatch.getTargetType()) + ".");
        }
        return field(mismatch, "must be " + ClientTerms.describe(mismatch.getTargetType()));
    }

    private static Verdict tooLarge(Throwable cause, StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        Matcher limit = LIMIT.matcher(message);
        String max = limit.find() ? limit.group(1) : null;
        String what;
        if (message.contains("nesting depth")) {
            what = "nests objects or arrays deeper than " + max + " levels";
        } else if (message.contains("String value length")) {
            what = "has a string longer than " + max + " characters";
        } else if (message.contains("Number value length")) {
            what = "has a number longer than " + max + " digits";
        } else if (message.contains("Name length")) {
            what = "has a field name longer than " + max + " characters";
        } else {
            what = "is too large to read";
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return field(mapping, what.replace("has a string", "is a string").replace("has a number", "is a number"));
        }
        return malformed("The body " + what + ".");
    }

    private static Verdict field(JsonMappingException e, String message) {
        return new Verdict(List.of(new FieldViolation(path(e), message)), null);
    }

    private static Verdict malformed(String detail) {
        return new Verdict(List.of(), detail);
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** The dotted path of a field named in the object the parser is in. */
    private static String qualified(Object processor, String name) {
        if (!(processor instanceof JsonParser parser)) {
            return name;
        }
        StringBuilder path = new StringBuilder(name);
        for (JsonStreamContext context = parser.getParsingContext().getParent(); context != null && !context.inRoot();
             context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                path.insert(0, context.getCurrentName() + ".");
            } else if (context.inArray()) {
                path.insert(0, "[" + context.getCurrentIndex() + "].");
            }
        }
        return path.toString().replace(".[", "[").replace("].", "].");
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
