package io.kontor.api.account;

import io.kontor.api.common.IsoCodes;
import io.kontor.api.common.Violations;
import io.kontor.api.common.Websites;

/** What makes an account profile valid, field by field; field names are those of the HTTP API. */
public final class AccountProfileRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_INDUSTRY = 100;
    public static final int MAX_DEBTOR_NUMBER = 40;
    /** More people than any employer has (Walmart: about 2.1 million). */
    public static final int MAX_EMPLOYEES = 10_000_000;

    private AccountProfileRules() {
    }

    /** Checks a normalized profile and throws every violation at once. */
    public static void check(AccountProfile profile) {
        Violations violations = new Violations();
        if (profile.name() == null || profile.name().isBlank()) {
            violations.add("name", "must not be blank");
        } else if (profile.name().length() > MAX_NAME) {
            violations.add("name", "must be at most " + MAX_NAME + " characters");
        } else if (profile.name().chars().anyMatch(Character::isISOControl)) {
            violations.add("name", "must not contain control characters");
        }
        if (profile.kind() == null) {
            violations.add("kind", "must be one of COMPANY, HOLDING, BRANCH, LOCATION");
        }
        if (profile.industry() != null && profile.industry().length() > MAX_INDUSTRY) {
            violations.add("industry", "must be at most " + MAX_INDUSTRY + " characters");
        }
        if (profile.country() != null && !IsoCodes.isCountry(profile.country())) {
            violations.add("country", "must be an ISO 3166-1 alpha-2 country code, such as PL or DE");
        }
        checkRegion(profile, violations);
        if (profile.website() != null) {
            Websites.problemWith(profile.website()).ifPresent(problem -> violations.add("website", problem));
        }
        String debtor = profile.debtorNumber();
        if (debtor != null && (debtor.length() > MAX_DEBTOR_NUMBER || !debtor.matches("[\\p{L}\\p{N}._/ -]+"))) {
            violations.add("debtorNumber", "must be at most " + MAX_DEBTOR_NUMBER
                    + " letters, digits, spaces or . _ / -");
        }
        if (profile.employees() != null && (profile.employees() < 0 || profile.employees() > MAX_EMPLOYEES)) {
            violations.add("employees", "must be a whole number from 0 to " + MAX_EMPLOYEES);
        }
        violations.throwIfAny();
    }

    private static void checkRegion(AccountProfile profile, Violations violations) {
        String region = profile.region();
        if (region == null) {
            return;
        }
        if (!IsoCodes.isSubdivision(region)) {
            violations.add("region", "must be an ISO 3166-2 subdivision code, such as PL-14 or DE-BY");
        } else if (profile.country() != null && !IsoCodes.countryOfSubdivision(region).equals(profile.country())) {
            violations.add("region", "region " + region + " is not in country " + profile.country());
        }
    }

    /** The key under which a debtor number is unique: case and surrounding blanks do not count. */
    public static String debtorNumberKey(String debtorNumber) {
        return debtorNumber == null ? null : debtorNumber.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
