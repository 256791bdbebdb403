package io.kontor.query.history;

import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountStatus;
import io.kontor.api.opportunity.OpportunityStatus;
import io.kontor.api.opportunity.Stage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The account and everything under it, parents before children. */
    List<UUID> subtree(UUID rootId) {
        List<UUID> order = new ArrayList<>(List.of(rootId));
        for (int i = 0; i < order.size(); i++) {
            order.addAll(children.getOrDefault(order.get(i), List.of()));
        }
        return order;
    }
}
