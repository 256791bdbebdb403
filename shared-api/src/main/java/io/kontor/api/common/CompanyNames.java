package io.kontor.api.common;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The key two company names are the same by: case, accents and punctuation set aside, and the legal
 * form dropped wherever it stands ({@code Müller GmbH}, {@code MULLER}, {@code ООО «Ромашка»} and
 * {@code Ромашка ООО}, {@code Hoekstra B.V.}, {@code Kowalski Sp. z o.o.}).
 */
public final class CompanyNames {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
    /** Legal forms as word sequences, longest first so that {@code gmbh co kg} goes before {@code kg}. */
    private static final List<List<String>> LEGAL_FORMS = ResourceLists.read("legal-forms.txt").stream()
            .map(CompanyNames::words)
            .sorted(Comparator.comparingInt((List<String> form) -> form.size()).reversed())
            .toList();
    /**
     * Each legal form's place in that order, looked up by its words: a name is compared with the few word
     * sequences it ends and starts with rather than with every form (an import computes this key for each of
     * 100,000 rows; scanning the list took a fifth of the import's time).
     */
    private static final Map<List<String>, Integer> RANK = rank();
    private static final int LONGEST = LEGAL_FORMS.isEmpty() ? 0 : LEGAL_FORMS.get(0).size();

    private CompanyNames() {
    }

    /** The comparison key, or empty text when nothing but a legal form is left. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        List<String> words = words(name);
        int start = 0;
        int end = words.size();
        boolean stripped = true;
        while (stripped && start < end) {
            stripped = false;
            for (int length = Math.min(LONGEST, end - start - 1); length >= 1 && !stripped; length--) {
                // The first form in the longest-first order that ends or starts the name goes; its end before its start.
                int ending = RANK.getOrDefault(words.subList(end - length, end), Integer.MAX_VALUE);
                int starting = RANK.getOrDefault(words.subList(start, start + length), Integer.MAX_VALUE);
                if (ending != Integer.MAX_VALUE && ending <= starting) {
                    end -= length;
                    stripped = true;
                } else if (starting != Integer.MAX_VALUE) {
                    start += length;
                    stripped = true;
                }
            }
        }
        return String.join(" ", words.subList(start, end));
    }

    private static Map<List<String>, Integer> rank() {
        Map<List<String>, Integer> rank = new HashMap<>();
        for (int i = 0; i < LEGAL_FORMS.size(); i++) {
            rank.putIfAbsent(LEGAL_FORMS.get(i), i);
        }
        return Map.copyOf(rank);
    }

    private static List<String> words(String text) {
        String folded = SearchText.fold(PUNCTUATION.matcher(text).replaceAll(" "));
        return folded.isBlank() ? List.of() : Arrays.asList(folded.strip().split(" "));
    }
}
