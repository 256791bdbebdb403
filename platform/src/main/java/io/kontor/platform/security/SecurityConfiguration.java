package io.kontor.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Who may call what (API.md, Security): writes need SERVICE, reads ANALYST (services may read what
 * they wrote), {@code /api/audit} AUDITOR, {@code /api/admin} ADMIN; ADMIN may do everything. Health
 * and the OpenAPI description are open. Stateless HTTP Basic: no sessions, no cookies, no CSRF; a module
 * that adds a session (the web interface) does so through an {@link ApiSecurityCustomizer}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KontorSecurityProperties.class)
public class SecurityConfiguration {

    @Bean
    ConfiguredUsers configuredUsers(KontorSecurityProperties properties,
                                    @Value("${kontor.mode:}") String mode,
                                    @Value("${server.address:}") String serverAddress) {
        DevelopmentUsersGuard.check(properties, mode, serverAddress);
        return new ConfiguredUsers(properties);
    }

    @Bean
    AuthenticationManager authenticationManager(ConfiguredUsers users) {
        ProviderManager manager = new ProviderManager(users);
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    /** Picked up by Spring Security's filter chain proxy for requests its firewall refuses. */
    @Bean
    RequestRejectedHandler problemRequestRejectedHandler(ObjectMapper objectMapper) {
        return new ProblemRequestRejectedHandler(objectMapper);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
                                    ObjectMapper objectMapper,
                                    ObjectProvider<ApiSecurityCustomizer> customizers) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(objectMapper);
        String admin = Role.ADMIN.name();
        http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authenticationManager(authenticationManager)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests
                        // The container's own error dispatches (never a client's request for /error).
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/api/admin/**").hasRole(admin)
                        .requestMatchers("/api/audit/**").hasAnyRole(Role.AUDITOR.name(), admin)
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(Role.ANALYST.name(), Role.SERVICE.name(), admin)
                        .requestMatchers(HttpMethod.HEAD, "/api/**").hasAnyRole(Role.ANALYST.name(), Role.SERVICE.name(), admin)
                        .requestMatchers("/api/**").hasAnyRole(Role.SERVICE.name(), admin)
                        .anyRequest().hasRole(admin));
        for (ApiSecurityCustomizer customizer : customizers.orderedStream().toList()) {
            customizer.customize(http, problems);
        }
        return http.build();
    }
}
