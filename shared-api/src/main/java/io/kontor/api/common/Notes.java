package io.kontor.api.common;

/** Free-text notes (on relationships, on map reviews): line breaks kept, at most {@link #MAX} characters. */
public final class Notes {

    public static final int MAX = 2000;

    private Notes() {
    }

    /** A note as stored: line breaks as {@code \n}, stripped, and {@code null} when blank. */
    public static String normalized(String note) {
        if (note == null) {
            return null;
        }
        String normalized = note.replace("\r\n", "\n").replace('\r', '\n').strip();
        return normalized.isEmpty() ? null : normalized;
    }

    public static void check(String field, String note, Violations violations) {
        if (note != null && note.length() > MAX) {
            violations.add(field, "must be at most " + MAX + " characters");
        } else if (note != null && note.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            violations.add(field, "must not contain control characters other than line breaks and tabs");
        }
    }
}
