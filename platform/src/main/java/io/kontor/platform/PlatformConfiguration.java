package io.kontor.platform;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Everything both sides share; each application imports it. */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = PlatformConfiguration.class)
public class PlatformConfiguration {
}
