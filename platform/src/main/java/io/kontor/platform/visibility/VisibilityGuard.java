package io.kontor.platform.visibility;

import io.kontor.api.common.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The gate every {@code /api/**} request of a scoped caller passes, reads and writes alike, before its
 * handler runs: each resource its path names must hang on an account the caller sees, or the answer is the
 * very 404 an unknown id gets. Its existence is never revealed (no 403). Routes are classified in
 * {@link GuardedRoutes}; one nobody classified is 404 for scoped callers.
 */
public class VisibilityGuard implements HandlerInterceptor {

    private static final Map<String, ResourceKind> AUDITED = Map.of("accounts", ResourceKind.ACCOUNT,
            "contacts", ResourceKind.CONTACT, "opportunities", ResourceKind.OPPORTUNITY, "leads", ResourceKind.LEAD);

    private final Visibility visibility;
    private final ResourceAccounts resources;

    public VisibilityGuard(Visibility visibility, ResourceAccounts resources) {
        this.visibility = visibility;
        this.resources = resources;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Scope scope = visibility.current();
        if (!scope.restricted()) {
            return true;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Optional<GuardedRoutes.Rule> rule = pattern == null ? Optional.empty() : GuardedRoutes.of(pattern.toString());
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Map<String, String> values = variables == null ? Map.of() : variables;
        GuardedRoutes.Rule applied = rule.orElse(new GuardedRoutes.UnscopedOnly());
        if (applied instanceof GuardedRoutes.Bound bound) {
            bound.variables().forEach((name, kind) -> check(scope, kind, values.get(name), kind.word()));
        } else if (applied instanceof GuardedRoutes.Audited) {
            String type = values.getOrDefault("type", "");
            ResourceKind kind = AUDITED.get(type);
            if (kind != null) {
                // worded as the audit endpoint words an unknown id of that type
                check(scope, kind, values.get("id"), type.substring(0, type.length() - 1));
            }
        } else if (applied instanceof GuardedRoutes.UnscopedOnly) {
            throw new NotFoundException("No such resource: " + request.getMethod() + " " + request.getRequestURI());
        }
        return true;
    }

    /** 404 unless the resource hangs on a visible account (an unknown id passes: its handler answers 404 itself). */
    void check(Scope scope, ResourceKind kind, String value, String word) {
        UUID id = parse(value);
        if (id == null) {
            return;
        }
        Optional<UUID> account = resources.accountOf(kind, id);
        if (account.isPresent() && !scope.sees(account.get())) {
            throw new NotFoundException(word, id);
        }
    }

    private static UUID parse(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
