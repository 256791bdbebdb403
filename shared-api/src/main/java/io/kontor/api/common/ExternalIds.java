package io.kontor.api.common;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A record's ids in other systems: source (lower-case letters, digits and dashes, such as
 * {@code salesforce} or {@code hubspot}) to the id there. One id per source and record.
 */
public final class ExternalIds {

    private static final Pattern SOURCE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final int MAX_ID = 255;

    private ExternalIds() {
    }

    /** Checks every id of a record about to be created; the ids, in source order. */
    public static Map<String, String> checked(Map<String, String> externalIds) {
        Map<String, String> checked = new TreeMap<>();
        externalIds.forEach((source, id) -> checked.putAll(with(checked, source, id)));
        return checked;
    }

    /** The ids after setting (or, with a null id, removing) the one of {@code source}; checks both. */
    public static Map<String, String> with(Map<String, String> current, String source, String externalId) {
        Violations violations = new Violations();
        if (source == null || !SOURCE.matcher(source).matches()) {
            violations.add("source", "must be 1 to 40 lower-case letters, digits or dashes, such as salesforce");
        }
        if (externalId != null && (externalId.isBlank() || externalId.length() > MAX_ID
                || externalId.chars().anyMatch(Character::isISOControl))) {
            violations.add("externalId", "must be 1 to " + MAX_ID + " characters without control characters");
        }
        violations.throwIfAny();
        Map<String, String> changed = new TreeMap<>(current);
        if (externalId == null) {
            changed.remove(source);
        } else {
            changed.put(source, externalId.strip());
        }
        return changed;
    }
}
