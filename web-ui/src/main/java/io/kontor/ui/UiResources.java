package io.kontor.ui;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The pages, scripts and styles under {@code /ui/}, and the JavaScript libraries (WebJars from Maven Central)
 * under {@code /ui/lib/} without their version in the path. Browsers revalidate them on every page (a 304
 * when nothing changed), so a new build is never hidden behind a cached copy.
 */
@Configuration(proxyBeanMethods = false)
class UiResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/ui/lib/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler("/ui/**")
                .addResourceLocations("classpath:/kontor/ui/")
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true);
    }
}
