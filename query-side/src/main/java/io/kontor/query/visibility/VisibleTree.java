package io.kontor.query.visibility;

import io.kontor.api.account.AccountDetails;
import io.kontor.platform.visibility.Scope;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A hierarchy as a scoped caller sees it: the invisible accounts taken out and every visible account hung
 * under its nearest visible ancestor, so a partly visible tree shows its visible part under its topmost
 * visible account. The fields that place an account follow: {@code path} lists only visible ancestors,
 * {@code parentId} is the nearest of them, {@code headquartersId} the topmost (the account itself when none
 * of its ancestors is visible).
 */
public final class VisibleTree {

    private VisibleTree() {
    }

    /** The visible ids of a path (root first), the account itself included when visible. */
    public static List<UUID> visiblePath(List<UUID> path, Set<UUID> visible) {
        return path.stream().filter(visible::contains).toList();
    }

    /** The nearest visible ancestor of the last account of the path; null when none is visible. */
    public static UUID visibleParent(List<UUID> path, Set<UUID> visible) {
        for (int i = path.size() - 2; i >= 0; i--) {
            if (visible.contains(path.get(i))) {
                return path.get(i);
            }
        }
        return null;
    }

    /** The accounts as the scope shows them: each one's place in the hierarchy told with visible accounts only. */
    public static List<AccountDetails> redact(List<AccountDetails> accounts, Scope scope) {
        if (!scope.restricted() || accounts.isEmpty()) {
            return accounts;
        }
        Set<UUID> named = new HashSet<>();
        accounts.forEach(account -> named.addAll(account.path()));
        Set<UUID> visible = scope.visibleAmong(named);
        return accounts.stream().map(account -> redact(account, visible)).toList();
    }

    private static AccountDetails redact(AccountDetails a, Set<UUID> visible) {
        List<UUID> path = visiblePath(a.path(), visible);
        UUID headquarters = path.isEmpty() ? a.id() : path.get(0);
        return new AccountDetails(a.id(), a.name(), a.kind(), a.status(), visibleParent(a.path(), visible), headquarters,
                path.isEmpty() ? List.of(a.id()) : path, a.industry(), a.country(), a.region(), a.website(),
                a.debtorNumber(), a.employees(), a.ownerId(), a.ownerSource(), a.openedAt(), a.closedAt(), a.closeReason(), a.externalIds(), a.version());
    }
}
