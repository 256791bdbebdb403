package io.kontor.query.changes;

import io.kontor.api.account.HierarchyChange;
import io.kontor.api.account.HierarchyMove;
import io.kontor.api.account.MoveDirection;

import io.kontor.platform.visibility.Scope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Replays account versions over the accounts as they stood at the start of an interval and notes what
 * happened to the tree under one account: an account opened or closed while it was in the tree, and a move
 * that took an account (with its subtree) into, out of or within it. Membership is decided at the moment of
 * each change, so an account that came in and left again in the interval is reported both times. Moves of the
 * tree's own root are not listed: the tree goes with it.
 */
final class ChangeWalk {

    private final UUID rootId;
    private final Map<UUID, AccountVersions.Version> accounts;
    final List<HierarchyChange> opened = new ArrayList<>();
    final List<HierarchyChange> closed = new ArrayList<>();
    final List<HierarchyMove> moved = new ArrayList<>();

    ChangeWalk(UUID rootId, Map<UUID, AccountVersions.Version> atStart) {
        this.rootId = rootId;
        this.accounts = new HashMap<>(atStart);
    }

    void apply(AccountVersions.Version next) {
        UUID id = next.accountId();
        AccountVersions.Version previous = accounts.get(id);
        boolean wasInTree = previous != null && inTree(id);
        accounts.put(id, next);
        boolean isInTree = inTree(id);
        if (previous == null) {
            if (isInTree) {
                opened.add(change(next));
            }
            return;
        }
        if (previous.open() && !next.open() && isInTree) {
            closed.add(change(next));
        }
        if (!Objects.equals(previous.parentId(), next.parentId()) && !id.equals(rootId) && (wasInTree || isInTree)) {
            MoveDirection direction = wasInTree && isInTree ? MoveDirection.WITHIN
                    : isInTree ? MoveDirection.INTO : MoveDirection.OUT_OF;
            moved.add(new HierarchyMove(id, next.name(), previous.parentId(), nameOf(previous.parentId()),
                    next.parentId(), nameOf(next.parentId()), next.at(), direction));
        }
    }

    /**
     * For a scoped caller: only changes of accounts it sees, and a parent it may not see is left out (its id and name
     * read null), so the list names no account outside the caller's territories.
     */
    void keepVisible(Scope scope) {
        Set<UUID> named = new HashSet<>();
        opened.forEach(change -> named.addAll(Arrays.asList(change.accountId(), change.parentId())));
        closed.forEach(change -> named.addAll(Arrays.asList(change.accountId(), change.parentId())));
        moved.forEach(move -> named.addAll(Arrays.asList(move.accountId(), move.fromParentId(), move.toParentId())));
        named.remove(null);
        Set<UUID> visible = scope.visibleAmong(named);
        UnaryOperator<HierarchyChange> change = c -> visible.contains(c.parentId()) ? c
                : new HierarchyChange(c.accountId(), c.name(), null, null, c.at());
        List<HierarchyChange> keptOpened = opened.stream().filter(c -> visible.contains(c.accountId())).map(change).toList();
        List<HierarchyChange> keptClosed = closed.stream().filter(c -> visible.contains(c.accountId())).map(change).toList();
        List<HierarchyMove> keptMoved = moved.stream().filter(m -> visible.contains(m.accountId()))
                .map(m -> new HierarchyMove(m.accountId(), m.name(), shown(m.fromParentId(), visible),
                        shown(m.fromParentId(), visible) == null ? null : m.fromParentName(), shown(m.toParentId(), visible),
                        shown(m.toParentId(), visible) == null ? null : m.toParentName(), m.at(), m.direction())).toList();
        opened.clear();
        opened.addAll(keptOpened);
        closed.clear();
        closed.addAll(keptClosed);
        moved.clear();
        moved.addAll(keptMoved);
    }

    private static UUID shown(UUID id, Set<UUID> visible) {
        return id != null && visible.contains(id) ? id : null;
    }

    private HierarchyChange change(AccountVersions.Version version) {
        return new HierarchyChange(version.accountId(), version.name(), version.parentId(), nameOf(version.parentId()),
                version.at());
    }

    /** Whether the account lies under the root now (the root itself included); parents are followed upwards. */
    private boolean inTree(UUID id) {
        UUID current = id;
        for (int steps = 0; current != null && steps <= accounts.size(); steps++) {
            if (current.equals(rootId)) {
                return true;
            }
            AccountVersions.Version account = accounts.get(current);
            current = account == null ? null : account.parentId();
        }
        return false;
    }

    private String nameOf(UUID id) {
        AccountVersions.Version account = id == null ? null : accounts.get(id);
        return account == null ? null : account.name();
    }
}
