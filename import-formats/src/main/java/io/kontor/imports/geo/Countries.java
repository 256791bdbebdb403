package io.kontor.imports.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names and codes as exports hold them, to ISO 3166-1 alpha-2: {@code PL}, {@code POL},
 * {@code Poland}, {@code Polska}, {@code Polen}, {@code United States}, {@code Stany Zjednoczone},
 * {@code Deutschland}, {@code Nederland}. Names come from the JDK's locale data in English, Polish,
 * German, Dutch, French, Spanish and Italian and in each country's own languages, plus the common
 * aliases the locale data lacks ({@code country-aliases.txt}).
 */
public final class Countries {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("pl"), Locale.GERMAN,
            Locale.forLanguageTag("nl"), Locale.FRENCH, Locale.forLanguageTag("es"), Locale.ITALIAN);
    private static final Map<String, String> BY_NAME = load();

    private Countries() {
    }

    public static Optional<String> code(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(Names.key(text)));
    }

    private static Map<String, String> load() {
        Map<String, String> byName = new HashMap<>();
        Map<String, List<Locale>> nativeLocales = new HashMap<>();
        for (Locale locale : Locale.getAvailableLocales()) {
            if (!locale.getCountry().isEmpty() && locale.getVariant().isEmpty() && locale.getScript().isEmpty()) {
                nativeLocales.computeIfAbsent(locale.getCountry(), c -> new java.util.ArrayList<>()).add(locale);
            }
        }
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            byName.putIfAbsent(Names.key(code), code);
            byName.putIfAbsent(Names.key(country.getISO3Country()), code);
            for (Locale language : LANGUAGES) {
                byName.putIfAbsent(Names.key(country.getDisplayCountry(language)), code);
            }
            for (Locale own : nativeLocales.getOrDefault(code, List.of())) {
                byName.putIfAbsent(Names.key(country.getDisplayCountry(own)), code);
            }
        }
        Names.namesByCode("country-aliases.txt").forEach((code, aliases) -> aliases.forEach(alias -> byName.put(Names.key(alias), code)));
        return Map.copyOf(byName);
    }
}
