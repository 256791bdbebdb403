package io.kontor.platform.visibility;

import io.kontor.platform.security.KontorSecurityProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that decides what the current caller may see: users configured with
 * {@code kontor.security.users.<name>.territories} see the accounts assigned now to those territories (and
 * their sub-territories) and what hangs on them; everyone else, and the service's own work outside a request,
 * sees everything. The scope is worked out once per request and kept on it.
 */
@Component
public class Visibility {

    private static final String REQUEST_SCOPE = Visibility.class.getName() + ".scope";

    private final Map<String, List<String>> territoriesByUser = new HashMap<>();
    private final TerritorySql territories;

    public Visibility(KontorSecurityProperties properties, TerritorySql territories) {
        properties.getUsers().forEach((name, user) -> {
            if (user.getTerritories() != null) {
                territoriesByUser.put(name, user.getTerritories().stream().map(String::strip).filter(t -> !t.isEmpty()).toList());
            }
        });
        this.territories = territories;
    }

    /** Visibility that limits nobody: for tools and tests that read without configured users. */
    public static Visibility unrestricted() {
        return new Visibility(new KontorSecurityProperties(), null);
    }

    /** The scope of the caller this thread serves. */
    public Scope current() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        List<String> names = caller == null ? null : territoriesByUser.get(caller.getName());
        if (names == null) {
            return Scope.EVERYTHING;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(REQUEST_SCOPE, RequestAttributes.SCOPE_REQUEST) instanceof Scope known) {
            return known;
        }
        Instant now = Instant.now();
        Scope scope = new Scope(territories.territoriesWithDescendants(names, now), now, territories);
        if (request != null) {
            request.setAttribute(REQUEST_SCOPE, scope, RequestAttributes.SCOPE_REQUEST);
        }
        return scope;
    }

    /** Whether a user is limited to territories (the web interface shows it). */
    public boolean isScoped(String userName) {
        return territoriesByUser.containsKey(userName);
    }
}
