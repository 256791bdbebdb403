package io.kontor.ui;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The web interface at {@code /ui/}: imported by the applications that serve reads (the standalone and the
 * query-side service). Its pages are static files that call the JSON API from the browser with the session
 * the sign-in form opened.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = WebUiConfiguration.class)
public class WebUiConfiguration {
}
