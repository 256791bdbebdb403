package io.kontor.imports.record;

import java.util.Locale;
import java.util.Optional;

/** The CRMs whose exports Kontor reads; the key names them in {@code externalIds} and in the API. */
public enum ImportSource {
    SALESFORCE("salesforce"),
    HUBSPOT("hubspot");

    private final String key;

    ImportSource(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<ImportSource> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        for (ImportSource source : values()) {
            if (source.key.equals(wanted)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
