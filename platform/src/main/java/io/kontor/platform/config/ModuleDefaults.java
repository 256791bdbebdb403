package io.kontor.platform.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Loads every module's {@code kontor/defaults/*.yml} as the lowest-precedence configuration, so a
 * module ships sensible settings (the query side's processor settings, say) that an application's
 * own {@code application.yml}, environment variables or command line can still override.
 */
public class ModuleDefaults implements EnvironmentPostProcessor, Ordered {

    private static final String LOCATION = "classpath*:kontor/defaults/*.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
            YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
            for (Resource resource : resources) {
                for (PropertySource<?> source : loader.load("kontor-defaults:" + resource.getFilename(), resource)) {
                    environment.getPropertySources().addLast(source);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Kontor's module defaults", e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
