package io.kontor.query.history;

import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountStatus;
import io.kontor.api.opportunity.OpportunityStatus;
import io.kontor.api.opportunity.Stage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Every account, contact and opportunity as it was at one instant, with the hierarchy then. */
final class World {

    record AccountAt(UUID id, UUID parentId, AccountStatus status, String name, AccountKind kind, String industry,
                     String country, String region, UUID ownerId) {
    }

    record OpportunityAt(UUID id, UUID accountId, OpportunityStatus status, Stage stage, BigDecimal amount,
                         String currency, int probability) {
    }

    final Map<UUID, AccountAt> accounts = new HashMap<>();
    final Map<UUID, List<UUID>> children = new HashMap<>();
    final Map<UUID, Long> contacts = new HashMap<>();
    final Map<UUID, List<OpportunityAt>> opportunities = new HashMap<>();
    private final Map<UUID, UUID> headquarters = new HashMap<>();

    void add(AccountAt account) {
        accounts.put(account.id(), account);
        if (account.parentId() != null) {
            children.computeIfAbsent(account.parentId(), id -> new ArrayList<>()).add(account.id());
        }
    }

    /** The root of the account's tree at that instant. */
    UUID headquartersOf(UUID accountId) {
        UUID known = headquarters.get(accountId);
        if (known != null) {
            return known;
        }
        List<UUID> walked = new ArrayList<>();
        UUID current = accountId;
        while (accounts.get(current).parentId() != null && !headquarters.containsKey(current)) {
            walked.add(current);
            current = accounts.get(current).parentId();
        }
        UUID root = headquarters.getOrDefault(current, current);
        walked.forEach(id -> headquarters.put(id, root));
        headquarters.put(accountId, root);
        return root;
    }

    /**
     * The world as a scoped caller sees it: only the visible accounts with their contacts and opportunities, each
     * hung under its nearest visible ancestor of then ({@code io.kontor.query.visibility.VisibleTree}).
     */
    World seenBy(Set<UUID> visible) {
        World seen = new World();
        for (AccountAt account : accounts.values()) {
            if (visible.contains(account.id())) {
                UUID parent = account.parentId();
                Set<UUID> walked = new HashSet<>();
                while (parent != null && !visible.contains(parent) && walked.add(parent) && accounts.containsKey(parent)) {
                    parent = accounts.get(parent).parentId();
                }
                UUID shownParent = parent != null && visible.contains(parent) ? parent : null;
                seen.add(new AccountAt(account.id(), shownParent, account.status(), account.name(), account.kind(),
                        account.industry(), account.country(), account.region(), account.ownerId()));
                if (contacts.containsKey(account.id())) {
                    seen.contacts.put(account.id(), contacts.get(account.id()));
                }
                if (opportunities.containsKey(account.id())) {
                    seen.opportunities.put(account.id(), opportunities.get(account.id()));
                }
            }
        }
        return seen;
    }

    /** The account and everything under it, parents before children. */
    List<UUID> subtree(UUID rootId) {
        List<UUID> order = new ArrayList<>(List.of(rootId));
        for (int i = 0; i < order.size(); i++) {
            order.addAll(children.getOrDefault(order.get(i), List.of()));
        }
        return order;
    }
}
