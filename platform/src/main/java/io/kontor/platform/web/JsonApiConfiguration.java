package io.kontor.platform.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;

/**
 * The HTTP API's JSON rules: decimals travel as strings (money is never a float), unknown fields are
 * an error rather than silently dropped (a typo must not pass), and every value has exactly one
 * spelling: a number is not a string, an enum is its name (never its index), a date is an ISO-8601
 * string (never an epoch number, never an instant), an empty string is not "absent", and a field
 * given twice is refused rather than resolved by whichever comes last.
 */
@Configuration(proxyBeanMethods = false)
public class JsonApiConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer kontorJsonRules() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                // "1" is not an enum, "true" not a boolean, "12" not a number.
                .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .serializationInclusion(JsonInclude.Include.ALWAYS)
                .postConfigurer(mapper -> {
                    mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
                    // Strict dates: 12345 is not a day, "2026-03-31T10:00:00Z" is not a date.
                    mapper.setDefaultLeniency(false);
                    mapper.coercionConfigDefaults()
                            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Textual)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Integer)
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.DateTime)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                    // Registered last, so it takes precedence over the JSR-310 module's lenient readers.
                    mapper.registerModule(StrictValues.module());
                });
    }
}
