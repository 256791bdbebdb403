package io.kontor.api.common;

import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ISO 3166-1 alpha-2 countries (from the JDK), ISO 3166-2 subdivisions and ISO 4217 currencies.
 *
 * <p>The JDK carries no subdivision list, so {@code iso3166-2.txt} lists the subdivisions of the
 * countries Kontor's users sell in most (Poland, Germany, the Netherlands, Austria, Switzerland,
 * Belgium, the United States). For those a region must be one of the listed codes; for every other
 * country it must have the ISO 3166-2 shape {@code CC-XXX} with the country's own prefix.
 */
public final class IsoCodes {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern SUBDIVISION_SHAPE = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    private static final Map<String, Set<String>> KNOWN_SUBDIVISIONS = loadSubdivisions();

    private IsoCodes() {
    }

    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    public static boolean isSubdivision(String code) {
        if (code == null || !SUBDIVISION_SHAPE.matcher(code).matches()) {
            return false;
        }
        String country = code.substring(0, 2);
        if (!isCountry(country)) {
            return false;
        }
        Set<String> known = KNOWN_SUBDIVISIONS.get(country);
        return known == null || known.contains(code);
    }

    public static String countryOfSubdivision(String code) {
        return code.substring(0, 2);
    }

    public static boolean isCurrency(String code) {
        if (code == null || code.length() != 3) {
            return false;
        }
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private static Map<String, Set<String>> loadSubdivisions() {
        Map<String, Set<String>> byCountry = new HashMap<>();
        for (String code : ResourceLists.read("iso3166-2.txt")) {
            byCountry.computeIfAbsent(code.substring(0, 2), c -> new HashSet<>()).add(code);
        }
        return Map.copyOf(byCountry);
    }
}
