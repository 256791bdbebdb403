package io.kontor.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A module that opens another way in to {@code /api/**} (the web interface's session, say) adjusts the API's
 * filter chain through a bean of this type, after the chain's own settings, so the roles per path stay
 * written in one place ({@link SecurityConfiguration}).
 */
@FunctionalInterface
public interface ApiSecurityCustomizer {

    void customize(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception;
}
