package io.kontor.platform.visibility;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the visibility gate in front of every {@code /api/**} handler, after the other interceptors (a read awaiting a position first waits). */
@Configuration(proxyBeanMethods = false)
public class VisibilityConfiguration {

    @Bean
    VisibilityGuard visibilityGuard(Visibility visibility, ResourceAccounts resources) {
        return new VisibilityGuard(visibility, resources);
    }

    @Bean
    WebMvcConfigurer visibilityOnEveryApiRoute(VisibilityGuard guard) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(guard).addPathPatterns("/api/**").order(1);
            }
        };
    }
}
