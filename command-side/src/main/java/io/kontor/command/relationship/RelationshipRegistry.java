package io.kontor.command.relationship;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.NotFoundException;
import io.kontor.api.relationship.RelationshipType;
import io.kontor.command.hierarchy.Hierarchies;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of relationships that one Contact cannot check alone: the target exists, both people's
 * accounts are open, two people are related only within one hierarchy, and {@code REPORTS_TO} never
 * closes a cycle. Checked and recorded under the hierarchy lock, in the command's transaction, so a
 * relationship racing a move or a reassignment is either refused or recorded before the move, which
 * then ends it ({@link RelationshipLinks}).
 */
@Component
public class RelationshipRegistry {

    private final JdbcTemplate jdbc;
    private final Hierarchies hierarchies;

    public RelationshipRegistry(JdbcTemplate jdbc, Hierarchies hierarchies) {
        this.jdbc = jdbc;
        this.hierarchies = hierarchies;
    }

    public void registerAdded(UUID relationshipId, UUID fromContactId, RelationshipType type, UUID toContactId,
                              UUID toAccountId) {
        hierarchies.lock();
        UUID fromAccount = accountOf(fromContactId);
        requireOpen(fromAccount, fromContactId);
        if (type.pointsAtAccount()) {
            // A former employer may be any account, even a closed one: it is history, not a new link.
            if (jdbc.queryForList("SELECT status FROM account_registry WHERE account_id = ?", String.class, toAccountId).isEmpty()) {
                throw new NotFoundException("account", toAccountId);
            }
        } else {
            UUID toAccount = accountOf(toContactId);
            requireOpen(toAccount, toContactId);
            if (!hierarchies.sameHierarchy(fromAccount, toAccount)) {
                throw new BusinessRuleViolation("relationship-outside-hierarchy", "Contact " + toContactId + " belongs to account "
                        + toAccount + ", which is not in the hierarchy of account " + fromAccount + " of contact " + fromContactId
                        + ": people are related only within one headquarters and its branches (FORMER_EMPLOYEE_OF excepted).",
                        Map.of("toContactId", toContactId, "toAccountId", toAccount));
            }
            if (type == RelationshipType.REPORTS_TO && reportsTo(toContactId, fromContactId)) {
                throw new BusinessRuleViolation("reporting-cycle", "Contact " + toContactId + " already reports, directly or "
                        + "through others, to contact " + fromContactId + "; REPORTS_TO the other way would close a cycle.",
                        Map.of("toContactId", toContactId));
            }
        }
        jdbc.update("INSERT INTO relationship_registry (relationship_id, from_contact_id, type, to_contact_id, to_account_id) "
                + "VALUES (?, ?, ?, ?, ?)", relationshipId, fromContactId, type.name(), toContactId, toAccountId);
    }

    public void registerEnded(UUID relationshipId) {
        jdbc.update("DELETE FROM relationship_registry WHERE relationship_id = ?", relationshipId);
    }

    /** Whether {@code contactId} reports to {@code managerId}, directly or up the chain of current managers. */
    private boolean reportsTo(UUID contactId, UUID managerId) {
        Set<UUID> seen = new HashSet<>();
        for (UUID current = contactId; current != null && seen.add(current); current = managerOf(current)) {
            if (current.equals(managerId)) {
                return true;
            }
        }
        return false;
    }

    private UUID managerOf(UUID contactId) {
        List<UUID> managers = jdbc.queryForList("SELECT to_contact_id FROM relationship_registry WHERE from_contact_id = ? "
                + "AND type = 'REPORTS_TO'", UUID.class, contactId);
        return managers.isEmpty() ? null : managers.get(0);
    }

    private UUID accountOf(UUID contactId) {
        List<UUID> account = jdbc.queryForList("SELECT account_id FROM contact_registry WHERE contact_id = ?", UUID.class,
                contactId);
        if (account.isEmpty()) {
            throw new NotFoundException("contact", contactId);
        }
        return account.get(0);
    }

    /** The account's row stays locked, so it cannot be closed while the relationship is recorded. */
    private void requireOpen(UUID accountId, UUID contactId) {
        List<String> status = jdbc.queryForList("SELECT status FROM account_registry WHERE account_id = ? FOR UPDATE",
                String.class, accountId);
        if (!status.isEmpty() && !"OPEN".equals(status.get(0))) {
            throw new BusinessRuleViolation("account-closed", "Contact " + contactId + " belongs to account " + accountId
                    + ", which is closed and takes no new relationships.", Map.of("accountId", accountId));
        }
    }
}
