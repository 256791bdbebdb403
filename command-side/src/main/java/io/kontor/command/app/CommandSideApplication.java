package io.kontor.command.app;

import io.kontor.command.CommandSideConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/**
 * The command side as a service of its own, on the shared PostgreSQL database (SPRING_DATASOURCE_URL);
 * any number of nodes, the database settling races between them (see docker-compose.yml).
 */
@SpringBootApplication(scanBasePackageClasses = CommandSideApplication.class)
@Import(CommandSideConfiguration.class)
public class CommandSideApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("kontor.mode=command-side", "spring.application.name=kontor-command-side")
                .run(args);
    }
}
