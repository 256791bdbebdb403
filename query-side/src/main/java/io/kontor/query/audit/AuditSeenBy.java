package io.kontor.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kontor.platform.visibility.ResourceAccounts;
import io.kontor.platform.visibility.ResourceKind;
import io.kontor.platform.visibility.Scope;
import io.kontor.platform.visibility.Visibility;
import io.kontor.query.visibility.VisibleTree;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The history of a visible aggregate as a scoped caller reads it: every event stays (the sequence has no gaps),
 * but an id in a payload that names an account the caller may not see (the parent an account was opened under
 * or moved away from, the account a contact came from), or a contact or opportunity on such an account (a
 * stakeholder from elsewhere in the hierarchy), reads null; the rebuilt account of an instant tells its
 * place with visible accounts only ({@link VisibleTree}).
 */
@Component
public class AuditSeenBy {

    private static final Map<String, ResourceKind> KINDS = Map.of("Account", ResourceKind.ACCOUNT,
            "Contact", ResourceKind.CONTACT, "Opportunity", ResourceKind.OPPORTUNITY, "Lead", ResourceKind.LEAD);

    private final Visibility visibility;
    private final ResourceAccounts resources;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;

    public AuditSeenBy(Visibility visibility, ResourceAccounts resources, ObjectMapper json, JdbcTemplate jdbc) {
        this.visibility = visibility;
        this.resources = resources;
        this.json = json;
        this.jdbc = jdbc;
    }

    /**
     * The global feed for a scoped caller: the events of aggregates hanging on accounts it sees, and of leads not
     * converted yet (they hang on none); a page may hold fewer events than asked for, and {@code next} still moves on.
     */
    List<StoredEvent> feed(List<StoredEvent> events) {
        Scope scope = visibility.current();
        if (!scope.restricted() || events.isEmpty()) {
            return events;
        }
        Map<ResourceKind, Set<UUID>> ids = new EnumMap<>(ResourceKind.class);
        events.stream().filter(event -> KINDS.containsKey(event.aggregateType())).forEach(event ->
                ids.computeIfAbsent(KINDS.get(event.aggregateType()), kind -> new HashSet<>()).add(UUID.fromString(event.aggregateId())));
        Map<UUID, UUID> accountOf = new HashMap<>();
        ids.forEach((kind, some) -> accountOf.putAll(resources.accountsOf(kind, some)));
        Set<UUID> visible = scope.visibleAmong(new HashSet<>(accountOf.values()));
        return events.stream().filter(event -> {
            ResourceKind kind = KINDS.get(event.aggregateType());
            UUID account = kind == null ? null : accountOf.get(UUID.fromString(event.aggregateId()));
            return account != null ? visible.contains(account) : kind == ResourceKind.LEAD;
        }).toList();
    }

    List<Map<String, Object>> events(List<Map<String, Object>> rendered) {
        Scope scope = visibility.current();
        if (!scope.restricted() || rendered.isEmpty()) {
            return rendered;
        }
        List<JsonNode> payloads = rendered.stream().map(event -> (JsonNode) json.valueToTree(event.get("payload"))).toList();
        Set<UUID> named = new HashSet<>();
        payloads.forEach(payload -> collect(payload, named));
        Map<UUID, UUID> accountOf = new HashMap<>();
        accounts(named).forEach(account -> accountOf.put(account, account));
        accountOf.putAll(resources.accountsOf(ResourceKind.CONTACT, named));
        accountOf.putAll(resources.accountsOf(ResourceKind.OPPORTUNITY, named));
        Set<UUID> visible = scope.visibleAmong(new HashSet<>(accountOf.values()));
        Set<UUID> hidden = new HashSet<>();
        accountOf.forEach((id, account) -> {
            if (!visible.contains(account)) {
                hidden.add(id);
            }
        });
        List<Map<String, Object>> shown = new ArrayList<>();
        for (int i = 0; i < rendered.size(); i++) {
            Map<String, Object> event = new LinkedHashMap<>(rendered.get(i));
            event.put("payload", hidden.isEmpty() ? payloads.get(i) : scrub(payloads.get(i), hidden));
            shown.add(event);
        }
        return shown;
    }

    AccountAsOf account(AccountAsOf a) {
        Scope scope = visibility.current();
        if (!scope.restricted()) {
            return a;
        }
        Set<UUID> visible = scope.visibleAmong(a.path());
        List<UUID> path = VisibleTree.visiblePath(a.path(), visible);
        List<UUID> shownPath = path.isEmpty() ? List.of(a.id()) : path;
        return new AccountAsOf(a.id(), a.name(), a.kind(), a.status(), VisibleTree.visibleParent(a.path(), visible),
                shownPath.get(0), shownPath, a.industry(), a.country(), a.region(), a.website(), a.debtorNumber(), a.employees(), a.ownerId(), a.ownerSource(),
                a.openedAt(), a.closedAt(), a.closeReason(), a.externalIds(), a.version(), a.asOf());
    }

    /** Which of the ids are accounts' (only those are hidden; a contact's or opportunity's id is not an account's). */
    private Set<UUID> accounts(Set<UUID> ids) {
        Set<UUID> accounts = new HashSet<>();
        if (!ids.isEmpty()) {
            jdbc.query("SELECT id FROM account_view WHERE id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                    + ")", rs -> {
                accounts.add(rs.getObject(1, UUID.class));
            }, ids.toArray());
        }
        return accounts;
    }

    private static void collect(JsonNode node, Set<UUID> ids) {
        if (node.isTextual()) {
            UUID id = uuid(node.asText());
            if (id != null) {
                ids.add(id);
            }
        }
        node.forEach(child -> collect(child, ids));
    }

    private static JsonNode scrub(JsonNode node, Set<UUID> hidden) {
        if (node.isTextual()) {
            UUID id = uuid(node.asText());
            return id != null && hidden.contains(id) ? NullNode.getInstance() : node;
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).deepCopy();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), scrub(field.getValue(), hidden));
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = ((com.fasterxml.jackson.databind.node.ArrayNode) node).arrayNode();
            node.forEach(element -> copy.add(scrub(element, hidden)));
            return copy;
        }
        return node;
    }

    private static UUID uuid(String text) {
        if (text.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
