package io.kontor.ui.security;

import io.kontor.platform.security.ApiSecurityCustomizer;
import io.kontor.platform.security.ProblemSecurityHandlers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Lets the pages call {@code /api/**} with the session the sign-in form opened, under the API's own roles.
 * The API never opens a session itself; HTTP Basic callers are served as before, without CSRF tokens
 * (a cross-site page cannot send an Authorization header). A change that rides on a session (no
 * Authorization header, a live session) must carry the session's CSRF token, or it is refused with 403.
 */
@Component
class BrowserSessionForApi implements ApiSecurityCustomizer {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    public void customize(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        sessions.setAllowSessionCreation(false);
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), sessions)))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(BrowserSessionForApi::changeRidingOnASession));
    }

    static boolean changeRidingOnASession(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getSession(false) != null;
    }
}
