package io.kontor.platform.openapi;

import io.kontor.api.common.PageRequest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;

import java.math.BigDecimal;

/**
 * Every list of the API pages through {@link PageRequest}, which alone enforces the bounds of
 * {@code page} and {@code size}; the document takes them from there, for every list at once.
 */
final class PagingBounds {

    private PagingBounds() {
    }

    static void applyTo(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getParameters() == null) {
                return;
            }
            for (Parameter parameter : operation.getParameters()) {
                if (!"query".equals(parameter.getIn()) || parameter.getSchema() == null) {
                    continue;
                }
                if ("page".equals(parameter.getName())) {
                    parameter.getSchema().setMinimum(BigDecimal.ZERO);
                    parameter.getSchema().setMaximum(BigDecimal.valueOf(PageRequest.MAX_PAGE));
                    parameter.setDescription("zero-based page number");
                } else if ("size".equals(parameter.getName())) {
                    parameter.getSchema().setMinimum(BigDecimal.ONE);
                    parameter.getSchema().setMaximum(BigDecimal.valueOf(PageRequest.MAX_SIZE));
                    parameter.setDescription("rows per page");
                }
            }
        }));
    }
}
