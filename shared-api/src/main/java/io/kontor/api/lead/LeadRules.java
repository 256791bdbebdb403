package io.kontor.api.lead;

import io.kontor.api.common.EmailAddresses;
import io.kontor.api.common.Violations;
import io.kontor.api.common.Websites;

/** What makes a lead valid; field names are those of the HTTP API. */
public final class LeadRules {

    public static final int MAX_NAME = 100;
    public static final int MAX_COMPANY = 200;
    public static final int MAX_EMPLOYEES = io.kontor.api.account.AccountProfileRules.MAX_EMPLOYEES;
    public static final int MAX_SOURCE = 100;

    private LeadRules() {
    }

    public static void check(LeadDetails lead) {
        Violations violations = new Violations();
        required("firstName", lead.firstName(), MAX_NAME, violations);
        required("lastName", lead.lastName(), MAX_NAME, violations);
        required("companyName", lead.companyName(), MAX_COMPANY, violations);
        if (lead.email() == null || lead.email().isBlank()) {
            violations.add("email", "must not be blank");
        } else if (!EmailAddresses.isValid(lead.email())) {
            violations.add("email", "must be an email address such as anna.nowak@example.pl");
        }
        if (lead.phone() != null && !lead.phone().matches(io.kontor.api.contact.ContactRules.PHONE)) {
            violations.add("phone", "must be a phone number of digits, spaces and + ( ) . / -");
        }
        if (lead.website() != null) {
            Websites.problemWith(lead.website()).ifPresent(problem -> violations.add("website", problem));
        }
        if (lead.employees() != null && (lead.employees() < 0 || lead.employees() > MAX_EMPLOYEES)) {
            violations.add("employees", "must be between 0 and " + MAX_EMPLOYEES);
        }
        if (lead.source() != null && lead.source().length() > MAX_SOURCE) {
            violations.add("source", "must be at most " + MAX_SOURCE + " characters");
        }
        violations.throwIfAny();
    }

    private static void required(String field, String value, int max, Violations violations) {
        if (value == null || value.isBlank()) {
            violations.add(field, "must not be blank");
        } else if (value.length() > max) {
            violations.add(field, "must be at most " + max + " characters");
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            violations.add(field, "must not contain control characters");
        }
    }
}
