package io.kontor.api.opportunity;

import io.kontor.api.common.MoneyRules;
import io.kontor.api.common.Violations;

import java.time.LocalDate;

/** What makes an opportunity's terms valid; field names are those of the HTTP API. */
public final class OpportunityRules {

    public static final int MAX_NAME = 200;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private OpportunityRules() {
    }

    /** Checks terms whose value was already scaled by {@link OpportunityTerms#normalized()} (a valid currency). */
    public static void check(OpportunityTerms terms) {
        Violations violations = new Violations();
        check(terms, violations);
        violations.throwIfAny();
    }

    public static void check(OpportunityTerms terms, Violations violations) {
        if (terms.name() == null || terms.name().isBlank()) {
            violations.add("name", "must not be blank");
        } else if (terms.name().length() > MAX_NAME) {
            violations.add("name", "must be at most " + MAX_NAME + " characters");
        } else if (terms.name().chars().anyMatch(Character::isISOControl)) {
            violations.add("name", "must not contain control characters");
        }
        MoneyRules.check("value", terms.value(), violations);
        if (terms.probability() != null && (terms.probability() < 0 || terms.probability() > 100)) {
            violations.add("probability", "must be between 0 and 100");
        }
        LocalDate close = terms.expectedCloseDate();
        if (close != null && (close.isBefore(EARLIEST) || close.isAfter(LATEST))) {
            violations.add("expectedCloseDate", "must be a date between 1900 and 2999");
        }
    }

    /** A seat's roles and scales; the seat's {@code role} is null when no role was named at all. */
    public static void checkStakeholder(Stakeholder seat) {
        Violations violations = new Violations();
        if (seat.role() == null) {
            violations.add("role", "is required: name the seat's role, or several as roles");
        }
        if (seat.influence() < 1 || seat.influence() > 5) {
            violations.add("influence", "must be between 1 and 5");
        }
        if (seat.interest() < 1 || seat.interest() > 5) {
            violations.add("interest", "must be between 1 and 5");
        }
        if (seat.attitude() < -2 || seat.attitude() > 2) {
            violations.add("attitude", "must be between -2 (opposed) and 2 (supporting)");
        }
        violations.throwIfAny();
    }
}
