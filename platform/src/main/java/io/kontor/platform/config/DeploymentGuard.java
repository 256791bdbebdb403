package io.kontor.platform.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The separate command-side and query-side services share one database, so they refuse to start
 * without one: Spring Boot would otherwise quietly give each its own in-memory database, and writes
 * would never reach the reads.
 */
public class DeploymentGuard implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String mode = environment.getProperty("kontor.mode", "");
        if (!mode.equals("command-side") && !mode.equals("query-side")) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.isBlank() || url.contains(":mem:")) {
            throw new IllegalStateException("Refusing to start the " + mode + " without a shared database: set "
                    + "SPRING_DATASOURCE_URL (and SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD) to the "
                    + "PostgreSQL database all Kontor services use.");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
