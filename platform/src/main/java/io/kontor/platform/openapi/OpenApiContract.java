package io.kontor.platform.openapi;

import io.swagger.v3.core.converter.ModelConverter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;

/**
 * Makes /v3/api-docs say exactly what the service does, for every endpoint of every module, without
 * anything to add per endpoint beyond Spring's own annotations ({@code @ResponseStatus(CREATED)} for a
 * creation): the error responses and headers every operation shares, nullable optional fields,
 * bounds of paging parameters, no circular references, decimals as the strings they travel as.
 * End-to-end tests validate every answer against the result, so a drift fails the build.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiContract {

    static {
        // BigDecimal is written as a string (see JsonApiConfiguration): "12500.00", never 12500.0.
        SpringDocUtils.getConfig().replaceWithSchema(BigDecimal.class, DecimalStrings.schema());
    }

    @Bean
    ModelConverter primitivesAreRequired() {
        return new PrimitivesAreRequired();
    }

    /** Runs in this order: shared responses and headers, paging bounds, then nullability, then cycles. */
    @Bean
    OpenApiCustomizer kontorContract() {
        return openApi -> {
            SharedResponses.addTo(openApi);
            PagingBounds.applyTo(openApi);
            NullableOptionalFields.applyTo(openApi);
            AcyclicSchemas.applyTo(openApi);
        };
    }
}
