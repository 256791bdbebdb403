package io.kontor.query;

import io.kontor.platform.PlatformConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/** The query side: projections, their read models and the query HTTP API. */
@Configuration(proxyBeanMethods = false)
@Import(PlatformConfiguration.class)
@ComponentScan(basePackageClasses = QuerySideConfiguration.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.kontor\\.query\\.app\\..*"))
public class QuerySideConfiguration {
}
