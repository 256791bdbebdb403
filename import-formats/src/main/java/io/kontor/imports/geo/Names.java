package io.kontor.imports.geo;

import io.kontor.api.common.SearchText;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Place names compared the way people write them: case, accents, punctuation and a leading "the" set aside. */
final class Names {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {
    }

    static String key(String name) {
        String folded = SPACES.matcher(SearchText.fold(PUNCTUATION.matcher(name).replaceAll(" ")).strip()).replaceAll(" ");
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    /** Reads {@code CODE: name; name} lines of a resource next to this class. */
    static Map<String, List<String>> namesByCode(String resource) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        try (InputStream in = Names.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int colon = entry.indexOf(':');
                List<String> aliases = new ArrayList<>();
                for (String alias : entry.substring(colon + 1).split(";")) {
                    if (!alias.isBlank()) {
                        aliases.add(alias.strip());
                    }
                }
                names.computeIfAbsent(entry.substring(0, colon).strip(), code -> new ArrayList<>()).addAll(aliases);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
