package io.kontor.query.app;

import io.kontor.query.QuerySideConfiguration;
import io.kontor.ui.WebUiConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/**
 * The query side as a service of its own: projections and reads on the shared PostgreSQL database
 * (SPRING_DATASOURCE_URL), any number of nodes sharing the projections' segments (see docker-compose.yml),
 * and the web interface at /ui/ (its sessions in the same database, so any node serves any browser).
 */
@SpringBootApplication(scanBasePackageClasses = QuerySideApplication.class)
@Import({QuerySideConfiguration.class, WebUiConfiguration.class})
public class QuerySideApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(QuerySideApplication.class)
                .properties("kontor.mode=query-side", "spring.application.name=kontor-query-side",
                        // Reads awaiting a position read other nodes' progress from the token store, and a segment
                        // with nothing to do (no lead events, say) records it only this often: at 1 s, freshness
                        // across two query nodes was about a second (./bench). In one process it does not matter.
                        "kontor.query.idle-token-store-interval=PT0.05S")
                .run(args);
    }
}
