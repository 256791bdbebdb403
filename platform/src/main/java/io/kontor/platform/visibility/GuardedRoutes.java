package io.kontor.platform.visibility;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static io.kontor.platform.visibility.ResourceKind.ACCOUNT;
import static io.kontor.platform.visibility.ResourceKind.CONTACT;
import static io.kontor.platform.visibility.ResourceKind.LEAD;
import static io.kontor.platform.visibility.ResourceKind.OPPORTUNITY;

/**
 * Every {@code /api/**} route and what visibility does with it, in one table. A route missing here answers
 * 404 to every scoped caller ({@link VisibilityGuard} fails closed), and {@code GuardedRoutesTest} fails the
 * build for it, so a new endpoint is classified when it is written.
 */
public final class GuardedRoutes {

    /** What visibility does with a route. */
    public sealed interface Rule {
    }

    /** The path names resources by id: each must hang on an account the caller sees, or it is 404. */
    public record Bound(Map<String, ResourceKind> variables) implements Rule {
    }

    /** {@code /api/audit/{type}/{id}/events}: the kind of the id is in the path. */
    public record Audited() implements Rule {
    }

    /**
     * The path names no account: a list, search or report leaves invisible accounts out in its own query
     * (with {@link Scope#accounts}), an answer without account data (a questionnaire, projection status) has
     * nothing to hide, and what a request body names is checked by {@link VisibilityBodyGuard}. The global event
     * feed keeps the events of visible aggregates and of leads not converted yet.
     */
    public record Unbound() implements Rule {
    }

    /**
     * Answers about everything (a person's data across accounts, erasures, imports), or decides what everybody sees
     * (territory definitions: a scoped user never widens its own scope): 404 when scoped.
     */
    public record UnscopedOnly() implements Rule {
    }

    private static final Map<String, Rule> ROUTES = new LinkedHashMap<>();

    static {
        unbound("/api/accounts");
        bound("/api/accounts/{id}", "id", ACCOUNT);
        bound("/api/accounts/{id}/parent", "id", ACCOUNT);
        bound("/api/accounts/{id}/owner", "id", ACCOUNT);
        bound("/api/accounts/{id}/close", "id", ACCOUNT);
        bound("/api/accounts/{id}/hierarchy", "id", ACCOUNT);
        bound("/api/accounts/{id}/hierarchy/changes", "id", ACCOUNT);
        bound("/api/accounts/{id}/contacts", "id", ACCOUNT);
        bound("/api/accounts/{accountId}/contacts", "accountId", ACCOUNT);
        bound("/api/accounts/{id}/opportunities", "id", ACCOUNT);
        bound("/api/accounts/{id}/map", "id", ACCOUNT);
        bound("/api/accounts/{id}/map/reviews", "id", ACCOUNT);
        bound("/api/contacts/{id}", "id", CONTACT);
        bound("/api/contacts/{id}/account", "id", CONTACT);
        bound("/api/contacts/{id}/relationships", "id", CONTACT);
        bound("/api/contacts/{id}/relationships/{relationshipId}", "id", CONTACT);
        bound("/api/contacts/{id}/relationships/{relationshipId}/end", "id", CONTACT);
        unbound("/api/opportunities");
        bound("/api/opportunities/{id}", "id", OPPORTUNITY);
        bound("/api/opportunities/{id}/stage", "id", OPPORTUNITY);
        bound("/api/opportunities/{id}/win", "id", OPPORTUNITY);
        bound("/api/opportunities/{id}/lose", "id", OPPORTUNITY);
        ROUTES.put("/api/opportunities/{id}/stakeholders/{contactId}", new Bound(Map.of("id", OPPORTUNITY, "contactId", CONTACT)));
        unbound("/api/leads");
        bound("/api/leads/{id}", "id", LEAD);
        bound("/api/leads/{id}/qualify", "id", LEAD);
        bound("/api/leads/{id}/disqualify", "id", LEAD);
        bound("/api/leads/{id}/convert", "id", LEAD);
        bound("/api/leads/{id}/matches", "id", LEAD);
        unbound("/api/questionnaires/lead");
        unbound("/api/reports/pipeline");
        unbound("/api/reports/pipeline/territories");
        bound("/api/accounts/{id}/territory", "id", ACCOUNT);
        unbound("/api/territories");
        unbound("/api/territories/{id}");
        unscopedOnly("/api/admin/territories");
        unscopedOnly("/api/admin/territories/{id}");
        bound("/api/reports/pipeline/{headquartersId}", "headquartersId", ACCOUNT);
        ROUTES.put("/api/audit/{type}/{id}/events", new Audited());
        bound("/api/audit/accounts/{id}", "id", ACCOUNT);
        unbound("/api/audit/events");
        unbound("/api/audit/integrity");
        unbound("/api/audit/integrity/checkpoints");
        unbound("/api/admin/projections");
        unbound("/api/admin/projections/replay");
        unbound("/api/admin/projections/{name}");
        unbound("/api/admin/projections/{name}/replay");
        unscopedOnly("/api/admin/erasures");
        unscopedOnly("/api/admin/erasures/{id}");
        unscopedOnly("/api/admin/legal-holds/{contactId}");
        unscopedOnly("/api/admin/subjects");
        unscopedOnly("/api/imports");
        unscopedOnly("/api/imports/{id}");
        unscopedOnly("/api/imports/{id}/records");
        unscopedOnly("/api/imports/{id}/revert");
    }

    private GuardedRoutes() {
    }

    /** The rule of a route pattern as Spring MVC matched it; empty for a route nobody classified. */
    public static Optional<Rule> of(String pattern) {
        return Optional.ofNullable(ROUTES.get(pattern));
    }

    public static Map<String, Rule> all() {
        return Map.copyOf(ROUTES);
    }

    private static void bound(String pattern, String variable, ResourceKind kind) {
        ROUTES.put(pattern, new Bound(Map.of(variable, kind)));
    }

    private static void unbound(String pattern) {
        ROUTES.put(pattern, new Unbound());
    }

    private static void unscopedOnly(String pattern) {
        ROUTES.put(pattern, new UnscopedOnly());
    }
}
