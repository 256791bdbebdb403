package io.kontor.query.app;

import io.kontor.query.QuerySideConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The query side as a service of its own, on PostgreSQL (see docker-compose.yml). */
@SpringBootApplication(scanBasePackageClasses = QuerySideApplication.class)
@Import(QuerySideConfiguration.class)
public class QuerySideApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
