package io.kontor.api.relationship;

import io.kontor.api.common.Notes;
import io.kontor.api.common.Violations;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * What makes a relationship's fields valid; field names are those of the HTTP API. Dates are facts, not
 * plans: none may lie after today anywhere on Earth (UTC+14), so a client east of UTC can send its own today.
 */
public final class RelationshipRules {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private RelationshipRules() {
    }

    /** Today in UTC: the default of {@code validFrom} and {@code validTo}. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public static void checkAdded(UUID fromContactId, RelationshipType type, UUID toContactId, UUID toAccountId,
                                  int strength, int sentiment, LocalDate validFrom, String note) {
        Violations violations = new Violations();
        if (type == null) {
            violations.add("type", "is required");
        } else if (type.pointsAtAccount()) {
            if (toAccountId == null) {
                violations.add("toAccountId", "is required: " + type + " points at an account");
            }
            if (toContactId != null) {
                violations.add("toContactId", "must be absent: " + type + " points at an account, not a person");
            }
        } else {
            if (toContactId == null) {
                violations.add("toContactId", "is required: " + type + " joins two people");
            } else if (toContactId.equals(fromContactId)) {
                violations.add("toContactId", "must be another contact: nobody has a relationship with themselves");
            }
            if (toAccountId != null) {
                violations.add("toAccountId", "must be absent: only FORMER_EMPLOYEE_OF points at an account");
            }
        }
        checkScales(strength, sentiment, note, violations);
        checkDate("validFrom", validFrom, violations);
        violations.throwIfAny();
    }

    public static void checkUpdated(int strength, int sentiment, String note) {
        Violations violations = new Violations();
        checkScales(strength, sentiment, note, violations);
        violations.throwIfAny();
    }

    public static void checkEnded(LocalDate validFrom, LocalDate validTo) {
        Violations violations = new Violations();
        checkDate("validTo", validTo, violations);
        if (validTo != null && validTo.isBefore(validFrom)) {
            violations.add("validTo", "must not be before validFrom (" + validFrom + ")");
        }
        violations.throwIfAny();
    }

    private static void checkScales(int strength, int sentiment, String note, Violations violations) {
        if (strength < 1 || strength > 5) {
            violations.add("strength", "must be between 1 and 5");
        }
        if (sentiment < -2 || sentiment > 2) {
            violations.add("sentiment", "must be between -2 (hostile) and 2 (warm)");
        }
        Notes.check("note", note, violations);
    }

    private static void checkDate(String field, LocalDate date, Violations violations) {
        if (date == null) {
            violations.add(field, "is required");
        } else if (date.isBefore(EARLIEST) || date.isAfter(LocalDate.now(ZoneOffset.ofHours(14)))) {
            violations.add(field, "must be a date from 1900 up to today: a relationship is recorded once it holds");
        }
    }
}
