package io.kontor.imports.record;

import java.util.Map;

/**
 * How to read an import: the currency for amounts without one, and the mappings of the source's
 * opportunity stages and contact roles onto Kontor's (added to or overriding the defaults; keys are
 * compared without case).
 */
public record ReadOptions(String currency, Map<String, String> stages, Map<String, String> roles) {

    public ReadOptions {
        stages = stages == null ? Map.of() : Map.copyOf(stages);
        roles = roles == null ? Map.of() : Map.copyOf(roles);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null, Map.of(), Map.of());
    }
}
