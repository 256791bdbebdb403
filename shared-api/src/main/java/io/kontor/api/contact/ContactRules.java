package io.kontor.api.contact;

import io.kontor.api.common.EmailAddresses;
import io.kontor.api.common.Violations;

/** What makes contact details valid; field names are those of the HTTP API. */
public final class ContactRules {

    public static final int MAX_NAME = 100;
    public static final int MAX_JOB_TITLE = 150;
    /** Digits, spaces and + ( ) . / -, 3 to 40 of them after an optional leading +. */
    public static final String PHONE = "\\+?[0-9 ()./-]{3,40}";

    private ContactRules() {
    }

    public static void check(ContactDetails details) {
        Violations violations = new Violations();
        requiredName("firstName", details.firstName(), violations);
        requiredName("lastName", details.lastName(), violations);
        if (details.email() != null && !EmailAddresses.isValid(details.email())) {
            violations.add("email", "must be an email address such as anna.nowak@example.pl");
        }
        if (details.phone() != null && !details.phone().matches(PHONE)) {
            violations.add("phone", "must be a phone number of digits, spaces and + ( ) . / -");
        }
        if (details.jobTitle() != null && details.jobTitle().length() > MAX_JOB_TITLE) {
            violations.add("jobTitle", "must be at most " + MAX_JOB_TITLE + " characters");
        }
        violations.throwIfAny();
    }

    private static void requiredName(String field, String name, Violations violations) {
        if (name == null || name.isBlank()) {
            violations.add(field, "must not be blank");
        } else if (name.length() > MAX_NAME) {
            violations.add(field, "must be at most " + MAX_NAME + " characters");
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            violations.add(field, "must not contain control characters");
        }
    }
}
