package io.kontor.ui;

import io.kontor.platform.security.Role;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sign-in page, the home page (the first page the role may open) and what a page script needs to know. Not
 * part of the HTTP API, so not in its OpenAPI description.
 */
@Controller
@Hidden
class UiController {

    @GetMapping("/ui/login")
    String login() {
        return "kontor-ui/login";
    }

    @GetMapping({"/ui", "/ui/"})
    String home(Authentication authentication) {
        List<UiPage> pages = UiPage.allOpenTo(roles(authentication));
        return "redirect:" + (pages.isEmpty() ? "/ui/forbidden.html" : pages.get(0).path());
    }

    /**
     * Who is signed in, the pages their roles open, and the session's CSRF token, which the pages send in
     * {@code X-CSRF-TOKEN} with every change (a replay, say). Fetched once per page.
     */
    @GetMapping(path = "/ui/me", produces = "application/json")
    @ResponseBody
    Map<String, Object> me(Authentication authentication, CsrfToken csrf) {
        Set<Role> roles = roles(authentication);
        return Map.of("user", authentication.getName(),
                "roles", roles.stream().map(Role::name).sorted().toList(),
                "pages", UiPage.allOpenTo(roles).stream().map(page -> Map.of("name", page.pageName(), "title", page.title(),
                        "path", page.path(), "inNavigation", page.inNavigation())).toList(),
                "csrf", Map.of("header", csrf.getHeaderName(), "parameter", csrf.getParameterName(), "token", csrf.getToken()));
    }

    private static Set<Role> roles(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (authority.getAuthority().equals("ROLE_" + role.name())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
