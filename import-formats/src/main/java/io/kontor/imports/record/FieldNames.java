package io.kontor.imports.record;

import java.util.Map;

/** How one source names Kontor's fields ({@code name} is {@code Name} in Salesforce, {@code Company name} in HubSpot). */
public record FieldNames(Map<String, String> sourceByKontor) {

    public FieldNames {
        sourceByKontor = Map.copyOf(sourceByKontor);
    }

    public String of(String kontorField) {
        return sourceByKontor.getOrDefault(kontorField, kontorField);
    }
}
