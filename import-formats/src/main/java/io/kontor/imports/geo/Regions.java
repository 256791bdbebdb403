package io.kontor.imports.geo;

import io.kontor.api.common.IsoCodes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * State, province and voivodeship names and codes to ISO 3166-2: {@code Florida} or {@code FL} in the
 * United States is {@code US-FL}, {@code Nordrhein-Westfalen} or {@code North Rhine-Westphalia} is
 * {@code DE-NW}, {@code mazowieckie}, {@code województwo mazowieckie} or the old {@code MZ} is
 * {@code PL-14}. Names are known for the countries Kontor keeps exact lists for ({@code regions.txt});
 * elsewhere a code ({@code ON} in Canada) is accepted in the ISO shape. Without a country, a name that
 * belongs to exactly one country settles the country too.
 */
public final class Regions {

    /** A subdivision code and its country. */
    public record Region(String code, String country) {
    }

    private static final Pattern FULL_CODE = Pattern.compile("[A-Za-z]{2}-[A-Za-z0-9]{1,3}");
    private static final Pattern SHORT_CODE = Pattern.compile("[A-Za-z0-9]{1,3}");
    private static final List<String> PREFIXES = List.of("wojewodztwo ", "woj ", "provincie ", "province of ", "province de ",
            "province ", "kanton ", "canton ", "state of ", "bundesland ", "land ", "freistaat ");
    private static final Map<String, Map<String, String>> BY_COUNTRY = new HashMap<>();
    private static final Map<String, Set<String>> ANYWHERE = new HashMap<>();

    static {
        Names.namesByCode("regions.txt").forEach((code, names) -> {
            String country = code.substring(0, 2);
            Map<String, String> own = BY_COUNTRY.computeIfAbsent(country, c -> new HashMap<>());
            for (String name : names) {
                own.putIfAbsent(Names.key(name), code);
                ANYWHERE.computeIfAbsent(Names.key(name), k -> new HashSet<>()).add(code);
            }
        });
    }

    private Regions() {
    }

    /** The region named {@code text}, in {@code country} if given (an ISO alpha-2 code) or wherever the name is unique. */
    public static Optional<Region> find(String country, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        if (FULL_CODE.matcher(value).matches()) {
            String code = value.toUpperCase(Locale.ROOT);
            String codeCountry = IsoCodes.countryOfSubdivision(code);
            return IsoCodes.isSubdivision(code) && (country == null || country.equals(codeCountry))
                    ? Optional.of(new Region(code, codeCountry)) : Optional.empty();
        }
        String key = withoutPrefix(Names.key(value));
        if (country != null) {
            String named = BY_COUNTRY.getOrDefault(country, Map.of()).get(key);
            if (named != null) {
                return Optional.of(new Region(named, country));
            }
            if (SHORT_CODE.matcher(value).matches()) {
                String code = country + "-" + value.toUpperCase(Locale.ROOT);
                if (IsoCodes.isSubdivision(code)) {
                    return Optional.of(new Region(code, country));
                }
            }
            return Optional.empty();
        }
        Set<String> codes = ANYWHERE.getOrDefault(key, Set.of());
        if (codes.size() == 1) {
            String code = codes.iterator().next();
            return Optional.of(new Region(code, IsoCodes.countryOfSubdivision(code)));
        }
        return Optional.empty();
    }

    private static String withoutPrefix(String key) {
        for (String prefix : PREFIXES) {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                return key.substring(prefix.length());
            }
        }
        return key;
    }
}
