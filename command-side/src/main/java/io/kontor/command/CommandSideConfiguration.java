package io.kontor.command;

import io.kontor.platform.PlatformConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The command side: aggregates, their set-based rules and the command HTTP API. */
@Configuration(proxyBeanMethods = false)
@Import(PlatformConfiguration.class)
@ComponentScan(basePackageClasses = CommandSideConfiguration.class,
        excludeFilters = @ComponentScan.Filter(type = org.springframework.context.annotation.FilterType.REGEX,
                pattern = "io\\.kontor\\.command\\.app\\..*"))
public class CommandSideConfiguration {
}
