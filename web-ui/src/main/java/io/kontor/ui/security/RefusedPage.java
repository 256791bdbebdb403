package io.kontor.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import java.io.IOException;
import java.io.InputStream;

/**
 * A page the role may not open answers 403 with a page saying so (whatever the method, so no forward to a
 * static file). A form sent with a stale CSRF token (the sign-in page left open until its session ended, say)
 * goes back to the sign-in form instead.
 */
final class RefusedPage implements AccessDeniedHandler {

    private static final ClassPathResource PAGE = new ClassPathResource("kontor/ui/forbidden.html");

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        if (e instanceof CsrfException && request.getHeader("X-Requested-With") == null) {
            response.sendRedirect(request.getContextPath() + "/ui/login?expired");
            return;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        try (InputStream page = PAGE.getInputStream()) {
            page.transferTo(response.getOutputStream());
        }
    }
}
