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

    public static void checkStakeholder(int influence, int interest) {
        Violations violations = new Violations();
        if (influence < 1 || influence > 5) {
            violations.add("influence", "must be between 1 and 5");
        }
        if (interest < 1 || interest > 5) {
            violations.add("interest", "must be between 1 and 5");
        }
        violations.throwIfAny();
    }
}
