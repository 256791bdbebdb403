package io.kontor.command.account;

import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.AccountProfileRules;
import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.CompanyNames;
import io.kontor.api.common.Domains;
import io.kontor.api.common.NotFoundException;
import io.kontor.api.common.Websites;
import io.kontor.command.hierarchy.Hierarchies;
import io.kontor.command.hierarchy.SubtreeMoved;
import io.kontor.command.support.Claims;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rules about accounts that one Account aggregate cannot check alone, because they span many
 * accounts: the parent exists and is open, the hierarchy has no cycles, a debtor number belongs to
 * one open account, an account with open children stays open.
 *
 * <p>Each method checks and records in one go, inside the command's transaction, so the registry and
 * the event store commit or roll back together. Races are settled by the database, across nodes too:
 * a parent's row is locked while a child is placed under it or it is closed, moves queue on the
 * {@linkplain Hierarchies#lock() hierarchy lock}, and debtor numbers are a primary key. The shape of the
 * trees (parents, headquarters, cycles) is the {@link Hierarchies}' business.
 */
@Component
public class AccountRegistry {

    private final JdbcTemplate jdbc;
    private final Hierarchies hierarchies;

    public AccountRegistry(JdbcTemplate jdbc, Hierarchies hierarchies) {
        this.jdbc = jdbc;
        this.hierarchies = hierarchies;
    }

    public void registerOpening(UUID accountId, UUID parentId, String debtorNumber) {
        if (parentId != null) {
            requireOpenParent(parentId);
        }
        claimDebtorNumber(accountId, debtorNumber);
        jdbc.update("INSERT INTO account_registry (account_id, parent_id, status) VALUES (?, ?, 'OPEN')", accountId, parentId);
    }

    /** Moves the account with its subtree; what it moved tells which links the move split. */
    public SubtreeMoved registerMove(UUID accountId, UUID newParentId) {
        hierarchies.lock();
        if (newParentId != null) {
            requireOpenParent(newParentId);
        }
        return hierarchies.move(accountId, newParentId);
    }

    public void registerDebtorNumberChange(UUID accountId, String oldDebtorNumber, String newDebtorNumber) {
        releaseDebtorNumber(accountId, oldDebtorNumber);
        claimDebtorNumber(accountId, newDebtorNumber);
    }

    public void registerClosing(UUID accountId, String debtorNumber) {
        jdbc.query("SELECT status FROM account_registry WHERE account_id = ? FOR UPDATE", rs -> null, accountId);
        Long openChildren = jdbc.queryForObject(
                "SELECT COUNT(*) FROM account_registry WHERE parent_id = ? AND status = 'OPEN'", Long.class, accountId);
        Long openOpportunities = jdbc.queryForObject(
                "SELECT COUNT(*) FROM opportunity_registry WHERE account_id = ? AND status = 'OPEN'", Long.class, accountId);
        if (openOpportunities != null && openOpportunities > 0) {
            throw new BusinessRuleViolation("account-has-open-opportunities", "Account " + accountId + " has "
                    + openOpportunities + " open opportunit" + (openOpportunities == 1 ? "y" : "ies")
                    + "; win or lose them first.", Map.of("openOpportunities", openOpportunities));
        }
        if (openChildren != null && openChildren > 0) {
            throw new BusinessRuleViolation("account-has-open-children", "Account " + accountId + " has "
                    + openChildren + " open child account(s); close or move them first.",
                    Map.of("openChildren", openChildren));
        }
        jdbc.update("UPDATE account_registry SET status = 'CLOSED' WHERE account_id = ?", accountId);
        releaseDebtorNumber(accountId, debtorNumber);
        jdbc.update("DELETE FROM account_match_key WHERE account_id = ?", accountId);
    }

    /**
     * Keeps the open account's company-name key and website domain, which lead matching compares, where
     * an import looks for existing accounts its rows may duplicate.
     */
    public void recordMatchKeys(UUID accountId, AccountProfile profile, boolean opened) {
        String nameKey = CompanyNames.key(profile.name());
        String domain = profile.website() == null ? null : Websites.domainOf(profile.website()).map(Domains::registrable).orElse(null);
        jdbc.update(opened ? "INSERT INTO account_match_key (name_key, website_domain, account_id) VALUES (?, ?, ?)"
                        : "UPDATE account_match_key SET name_key = ?, website_domain = ? WHERE account_id = ?",
                nameKey.isEmpty() ? null : nameKey, domain, accountId);
    }

    /**
     * For contacts and opportunities placed on an account: the account must exist and be open. Its row
     * stays locked until the command commits, so it cannot be closed in the meantime.
     */
    public void lockOpenAccount(UUID accountId) {
        List<String> status = jdbc.queryForList(
                "SELECT status FROM account_registry WHERE account_id = ? FOR UPDATE", String.class, accountId);
        if (status.isEmpty()) {
            throw new NotFoundException("account", accountId);
        }
        if (!"OPEN".equals(status.get(0))) {
            throw new BusinessRuleViolation("account-closed", "Account " + accountId + " is closed and takes no new "
                    + "contacts or opportunities.", Map.of("accountId", accountId));
        }
    }

    /** Locks the parent's row, so it cannot be closed while a child is placed under it. */
    private void requireOpenParent(UUID parentId) {
        List<String> status = jdbc.queryForList(
                "SELECT status FROM account_registry WHERE account_id = ? FOR UPDATE", String.class, parentId);
        if (status.isEmpty()) {
            throw new BusinessRuleViolation("parent-not-found", "There is no account " + parentId + " to place the account under.",
                    Map.of("parentId", parentId));
        }
        if (!"OPEN".equals(status.get(0))) {
            throw new BusinessRuleViolation("parent-closed", "Account " + parentId + " is closed and takes no children.",
                    Map.of("parentId", parentId));
        }
    }

    private void claimDebtorNumber(UUID accountId, String debtorNumber) {
        String key = AccountProfileRules.debtorNumberKey(debtorNumber);
        if (key == null) {
            return;
        }
        List<UUID> holder = jdbc.queryForList(
                "SELECT account_id FROM debtor_number_claim WHERE debtor_number_key = ?", UUID.class, key);
        if (!holder.isEmpty() && !holder.get(0).equals(accountId)) {
            throw debtorNumberTaken(debtorNumber, holder.get(0));
        }
        if (holder.isEmpty() && !Claims.tryWrite(jdbc,
                "INSERT INTO debtor_number_claim (debtor_number_key, account_id) VALUES (?, ?)", key, accountId)) {
            throw debtorNumberTaken(debtorNumber, jdbc.queryForList(
                    "SELECT account_id FROM debtor_number_claim WHERE debtor_number_key = ?", UUID.class, key)
                    .stream().findFirst().orElse(null));
        }
    }

    private void releaseDebtorNumber(UUID accountId, String debtorNumber) {
        String key = AccountProfileRules.debtorNumberKey(debtorNumber);
        if (key != null) {
            jdbc.update("DELETE FROM debtor_number_claim WHERE debtor_number_key = ? AND account_id = ?", key, accountId);
        }
    }

    private static BusinessRuleViolation debtorNumberTaken(String debtorNumber, UUID holder) {
        String by = holder == null ? "another open account" : "open account " + holder;
        return new BusinessRuleViolation("debtor-number-taken", "Debtor number " + debtorNumber + " already belongs to "
                + by + ".", holder == null ? Map.of("debtorNumber", debtorNumber)
                : Map.of("debtorNumber", debtorNumber, "accountId", holder));
    }
}
