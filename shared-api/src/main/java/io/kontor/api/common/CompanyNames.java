package io.kontor.api.common;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
            for (List<String> form : LEGAL_FORMS) {
                if (end - start > form.size() && words.subList(end - form.size(), end).equals(form)) {
                    end -= form.size();
                    stripped = true;
                    break;
                }
                if (end - start > form.size() && words.subList(start, start + form.size()).equals(form)) {
                    start += form.size();
                    stripped = true;
                    break;
                }
            }
        }
        return String.join(" ", words.subList(start, end));
    }

    private static List<String> words(String text) {
        String folded = SearchText.fold(PUNCTUATION.matcher(text).replaceAll(" "));
        return folded.isBlank() ? List.of() : Arrays.asList(folded.strip().split(" "));
    }
}
