package io.kontor.command.app;

import io.kontor.command.CommandSideConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The command side as a service of its own, on PostgreSQL (see docker-compose.yml). */
@SpringBootApplication(scanBasePackageClasses = CommandSideApplication.class)
@Import(CommandSideConfiguration.class)
public class CommandSideApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
