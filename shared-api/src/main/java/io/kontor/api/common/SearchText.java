package io.kontor.api.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for searching and matching: case, accents and letters that Unicode does not decompose
 * ({@code ł}, {@code ø}, {@code ß}, ...) are set aside, so {@code lodz} finds {@code Łódź} and
 * {@code muller} finds {@code Müller}. Cyrillic and other scripts are lower-cased and stripped of
 * combining marks the same way. Stored names are never changed; only search keys are folded.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean lastWasSpace = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (!lastWasSpace) {
                    folded.append(' ');
                }
                lastWasSpace = true;
                continue;
            }
            folded.append(foldLetter(Character.toLowerCase(c)));
            lastWasSpace = false;
        }
        int end = folded.length();
        if (end > 0 && folded.charAt(end - 1) == ' ') {
            folded.setLength(end - 1);
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    private static String foldLetter(char c) {
        return switch (c) {
            case 'ł' -> "l";
            case 'ø' -> "o";
            case 'đ', 'ð' -> "d";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'þ' -> "th";
            case 'ı' -> "i";
            case 'ħ' -> "h";
            default -> String.valueOf(c);
        };
    }
}
