package io.kontor.platform.openapi;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/** Decimals as the API writes them: a string holding a plain decimal number. */
final class DecimalStrings {

    static final String PATTERN = "^-?[0-9]+(\\.[0-9]+)?$";

    private DecimalStrings() {
    }

    static Schema<?> schema() {
        return new StringSchema().pattern(PATTERN).example("12500.00")
                .description("a decimal number as a string, never a JSON number");
    }
}
