package io.kontor.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs: every endpoint needs HTTP Basic with one of the four roles. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    OpenAPI kontorOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Kontor").version("1")
                        .description("Event-sourced account management for B2B sales: accounts in headquarters-branch "
                                + "hierarchies, contacts, leads, opportunities, rollups, pipeline reports and a "
                                + "replayable audit history. Errors are RFC 9457 problem details; writes return "
                                + "ETag and X-Event-Position; reads accept X-Await-Position."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
