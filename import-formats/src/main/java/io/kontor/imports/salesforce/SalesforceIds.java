package io.kontor.imports.salesforce;

import io.kontor.imports.record.RecordType;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Salesforce record ids. Reports and some exports write the 15-character, case-sensitive form, the API
 * and Data Loader the 18-character one whose last three characters encode the capitals of the first
 * fifteen; both are normalised to 18 characters so they name the same record. The first three
 * characters (the key prefix) tell the object: {@code 001} Account, {@code 003} Contact, ...
 */
public final class SalesforceIds {

    private static final Pattern ID = Pattern.compile("[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?");
    private static final String SUFFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    private static final Map<String, RecordType> PREFIXES = Map.of("001", RecordType.ACCOUNT, "003", RecordType.CONTACT,
            "006", RecordType.OPPORTUNITY, "00K", RecordType.CONTACT_ROLE, "00Q", RecordType.LEAD);

    private SalesforceIds() {
    }

    /** The 18-character form, or empty if the text is no Salesforce id (or the empty id {@code 000000000000000}). */
    public static Optional<String> normalize(String id) {
        if (id == null || !ID.matcher(id).matches() || id.startsWith("000000000000000")) {
            return Optional.empty();
        }
        String base = id.substring(0, 15);
        StringBuilder suffix = new StringBuilder(3);
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                char c = base.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << i;
                }
            }
            suffix.append(SUFFIX_ALPHABET.charAt(bits));
        }
        return Optional.of(base + suffix);
    }

    /** The object the id's key prefix names, if it is one Kontor imports. */
    public static Optional<RecordType> typeOf(String id) {
        return id == null || id.length() < 3 ? Optional.empty() : Optional.ofNullable(PREFIXES.get(id.substring(0, 3)));
    }
}
