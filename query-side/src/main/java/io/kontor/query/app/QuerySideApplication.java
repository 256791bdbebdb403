package io.kontor.query.app;

import io.kontor.query.QuerySideConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/**
 * The query side as a service of its own: projections and reads on the shared PostgreSQL database
 * (SPRING_DATASOURCE_URL), any number of nodes sharing the projections' segments (see docker-compose.yml).
 */
@SpringBootApplication(scanBasePackageClasses = QuerySideApplication.class)
@Import(QuerySideConfiguration.class)
public class QuerySideApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(QuerySideApplication.class)
                .properties("kontor.mode=query-side", "spring.application.name=kontor-query-side")
                .run(args);
    }
}
