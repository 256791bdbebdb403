package io.kontor.command.hierarchy;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The shape of the account hierarchies as the command side knows it: each account's parent in {@code
 * account_registry}, and the one lock row that everything deciding by that shape takes first. An account's
 * headquarters (the root of its tree) is found by walking up its parents, a few primary-key reads; it is not
 * stored, so a move writes the parent of the account moved and nothing for the accounts under it.
 *
 * <p>Written in the command's transaction, like every registry.
 */
@Component
public class Hierarchies {


    private final JdbcTemplate jdbc;

    public Hierarchies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the one lock row that moves queue on, until the transaction ends. Whatever decides by the
     * shape of the hierarchy (a move's cycle check, placing a stakeholder, a relationship between two
     * people, a contact changing account) takes it first, so none of them decides on a shape another
     * is changing.
     */
    public void lock() {
        jdbc.query("SELECT id FROM hierarchy_lock WHERE id = 1 FOR UPDATE", rs -> null);
    }

    /** The root of the account's tree; 404 for an unknown account. */
    public UUID headquartersOf(UUID accountId) {
        return rootOf(knownAncestorsOf(accountId));
    }

    public boolean sameHierarchy(UUID accountId, UUID otherAccountId) {
        return headquartersOf(accountId).equals(headquartersOf(otherAccountId));
    }

    /**
     * Moves the account with its subtree under {@code newParentId} ({@code null}: it becomes a
     * headquarters), refusing a move that would make it its own ancestor. The caller holds the
     * {@linkplain #lock() lock} and has checked that the new parent is open. The subtree is read only
     * when the move changes headquarters, for the links it may split.
     */
    public SubtreeMoved move(UUID accountId, UUID newParentId) {
        UUID from = headquartersOf(accountId);
        // One walk up from the new parent tells both its headquarters and whether the move would close a cycle.
        List<UUID> above = newParentId == null ? List.of() : knownAncestorsOf(newParentId);
        if (above.contains(accountId)) {
            throw new BusinessRuleViolation("hierarchy-cycle", "Account " + newParentId + " lies in the subtree of "
                    + accountId + "; moving " + accountId + " under it would make the account its own ancestor.",
                    Map.of("parentId", newParentId));
        }
        UUID to = newParentId == null ? accountId : rootOf(above);
        jdbc.update("UPDATE account_registry SET parent_id = ? WHERE account_id = ?", newParentId, accountId);
        Set<UUID> subtree = to.equals(from) ? Set.of() : Collections.unmodifiableSet(subtreeOf(accountId));
        return new SubtreeMoved(accountId, subtree, from, to);
    }

    /** {@link #ancestorsOf}, 404 for an unknown account. */
    private List<UUID> knownAncestorsOf(UUID accountId) {
        List<UUID> chain = ancestorsOf(accountId);
        if (chain.isEmpty()) {
            throw new NotFoundException("account", accountId);
        }
        return chain;
    }

    private static UUID rootOf(List<UUID> chain) {
        return chain.get(chain.size() - 1);
    }

    /** The account itself and every ancestor up to its headquarters, in that order. */
    public List<UUID> ancestorsOf(UUID accountId) {
        return jdbc.queryForList("""
                WITH RECURSIVE chain (account_id, parent_id, depth) AS (
                    SELECT account_id, parent_id, 0 FROM account_registry WHERE account_id = ?
                    UNION ALL
                    SELECT r.account_id, r.parent_id, c.depth + 1
                    FROM account_registry r JOIN chain c ON r.account_id = c.parent_id
                    WHERE c.depth < 10000
                )
                SELECT account_id FROM chain ORDER BY depth""", UUID.class, accountId);
    }

    /** The accounts of the subtree rooted at the account, itself included; one walk down the parent index. */
    public Set<UUID> subtreeOf(UUID accountId) {
        return new LinkedHashSet<>(jdbc.queryForList("""
                WITH RECURSIVE subtree (account_id, depth) AS (
                    SELECT account_id, 0 FROM account_registry WHERE account_id = ?
                    UNION ALL
                    SELECT r.account_id, t.depth + 1 FROM account_registry r JOIN subtree t ON r.parent_id = t.account_id
                    WHERE t.depth < 10000
                )
                SELECT account_id FROM subtree""", UUID.class, accountId));
    }
}
