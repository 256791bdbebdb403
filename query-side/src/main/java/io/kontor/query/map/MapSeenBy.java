package io.kontor.query.map;

import io.kontor.api.map.AccountMap;
import io.kontor.api.map.ContactRelationships;
import io.kontor.api.map.MapAccount;
import io.kontor.api.map.MapEdge;
import io.kontor.api.map.MapNode;
import io.kontor.api.map.MapReview;
import io.kontor.api.relationship.Relationship;
import io.kontor.platform.visibility.Scope;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The account map as a scoped caller sees it: the accounts of the hierarchy it may see (each under its nearest
 * visible ancestor), the people of those accounts, the relationships between what is left, and the findings
 * worked out over that (a warning about a person the caller cannot see would name them).
 */
final class MapSeenBy {

    private MapSeenBy() {
    }

    static AccountMap cut(AccountMap map, Scope scope, Instant judgedAt) {
        Set<UUID> visible = scope.visibleAmong(map.accounts().stream().map(MapAccount::id).toList());
        Map<UUID, UUID> parents = new HashMap<>();
        map.accounts().forEach(account -> parents.put(account.id(), account.parentId()));
        List<MapAccount> accounts = map.accounts().stream().filter(account -> visible.contains(account.id()))
                .map(account -> new MapAccount(account.id(), account.name(), nearestVisible(account.parentId(), parents, visible),
                        account.status(), account.inHierarchy())).toList();
        List<MapNode> nodes = map.nodes().stream().filter(node -> visible.contains(node.accountId())).toList();
        Set<UUID> shown = new HashSet<>(visible);
        nodes.forEach(node -> shown.add(node.contactId()));
        List<MapEdge> edges = map.edges().stream().filter(edge -> shown.contains(edge.from()) && shown.contains(edge.to())).toList();
        MapReview review = map.lastReview() != null && visible.contains(map.lastReview().accountId()) ? map.lastReview() : null;
        UUID headquarters = visible.contains(map.headquartersId()) ? map.headquartersId()
                : topmostVisible(map.accountId(), parents, visible);
        return new AccountMap(map.accountId(), headquarters, map.asOf(), map.opportunity(), accounts, nodes, edges,
                MapFindings.of(nodes, edges, map.opportunity() != null, review, judgedAt), review);
    }

    static List<MapReview> reviews(List<MapReview> reviews, Scope scope) {
        Set<UUID> visible = scope.visibleAmong(reviews.stream().map(MapReview::accountId).collect(Collectors.toSet()));
        return reviews.stream().filter(review -> visible.contains(review.accountId())).toList();
    }

    /** A contact's relationships with the people and accounts the caller may see. */
    static ContactRelationships cut(ContactRelationships relationships, Scope scope, JdbcTemplate jdbc) {
        Set<UUID> contacts = new HashSet<>();
        Set<UUID> accounts = new HashSet<>();
        for (List<Relationship> list : List.of(relationships.outgoing(), relationships.incoming())) {
            for (Relationship relationship : list) {
                contacts.add(relationship.fromContactId());
                if (relationship.toContactId() != null) {
                    contacts.add(relationship.toContactId());
                }
                if (relationship.toAccountId() != null) {
                    accounts.add(relationship.toAccountId());
                }
            }
        }
        Map<UUID, UUID> accountOf = new HashMap<>();
        if (!contacts.isEmpty()) {
            jdbc.query("SELECT id, account_id FROM contact_view WHERE id IN (" + String.join(", ",
                    Collections.nCopies(contacts.size(), "?")) + ")", rs -> {
                accountOf.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
            }, contacts.toArray());
        }
        accounts.addAll(accountOf.values());
        Set<UUID> visible = scope.visibleAmong(accounts);
        java.util.function.Predicate<Relationship> seen = relationship ->
                visible.contains(accountOf.get(relationship.fromContactId()))
                        && (relationship.toContactId() == null || visible.contains(accountOf.get(relationship.toContactId())))
                        && (relationship.toAccountId() == null || visible.contains(relationship.toAccountId()));
        return new ContactRelationships(relationships.contactId(), relationships.outgoing().stream().filter(seen).toList(),
                relationships.incoming().stream().filter(seen).toList());
    }

    private static UUID nearestVisible(UUID parent, Map<UUID, UUID> parents, Set<UUID> visible) {
        Set<UUID> walked = new HashSet<>();
        UUID current = parent;
        while (current != null && !visible.contains(current) && walked.add(current)) {
            current = parents.get(current);
        }
        return current != null && visible.contains(current) ? current : null;
    }

    private static UUID topmostVisible(UUID account, Map<UUID, UUID> parents, Set<UUID> visible) {
        UUID top = account;
        Set<UUID> walked = new HashSet<>();
        for (UUID current = account; current != null && walked.add(current); current = parents.get(current)) {
            if (visible.contains(current)) {
                top = current;
            }
        }
        return top;
    }
}
