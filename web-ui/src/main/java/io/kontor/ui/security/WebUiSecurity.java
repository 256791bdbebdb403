package io.kontor.ui.security;

import io.kontor.ui.UiPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * The browser's way in, for {@code /ui/**} only: a sign-in form with the API's users, a session (shared by
 * every node through the database, see {@code SessionStore}), CSRF protection on the form and on sign-out,
 * pages opened by the roles {@link UiPage} names, and a Content-Security-Policy that lets only the
 * service's own script files run: no inline script, no inline event handler, no eval.
 */
@Configuration(proxyBeanMethods = false)
public class WebUiSecurity {

    /** Also applies to {@code style} attributes in markup; scripts may still set styles through the DOM. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain browserSecurity(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        // After signing in, the browser goes back to the page it asked for, never to a script's JSON.
        AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/ui/login");
        AuthenticationEntryPoint scriptsGet401 = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
        pagesOnly.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && request.getHeader("X-Requested-With") == null && request.getRequestURI().matches(".*(/|\\.html)$"));
        return http
                .securityMatcher("/ui/**", "/ui")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/ui/login", "/ui/css/**", "/ui/js/**", "/ui/lib/**", "/ui/img/**",
                            "/ui/forbidden.html").permitAll();
                    for (UiPage page : UiPage.values()) {
                        requests.requestMatchers(page.path()).hasAnyRole(page.roleNames());
                    }
                    requests.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/ui/login").failureUrl("/ui/login?error")
                        .defaultSuccessUrl("/ui/", false))
                .logout(logout -> logout.logoutUrl("/ui/logout").logoutSuccessUrl("/ui/login?signed-out"))
                .requestCache(cache -> cache.requestCache(pagesOnly))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> (request.getHeader("X-Requested-With") == null
                                ? signIn : scriptsGet401).commence(request, response, e))
                        .accessDeniedHandler(new RefusedPage()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
