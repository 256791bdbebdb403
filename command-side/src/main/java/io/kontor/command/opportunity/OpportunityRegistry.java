package io.kontor.command.opportunity;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.NotFoundException;
import io.kontor.command.account.AccountRegistry;
import io.kontor.command.hierarchy.Hierarchies;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Opportunities across aggregates: they are opened on open accounts only, an account with open ones
 * stays open, and a buying center takes only people of the opportunity's own hierarchy.
 */
@Component
public class OpportunityRegistry {

    private final JdbcTemplate jdbc;
    private final AccountRegistry accounts;
    private final Hierarchies hierarchies;

    public OpportunityRegistry(JdbcTemplate jdbc, AccountRegistry accounts, Hierarchies hierarchies) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.hierarchies = hierarchies;
    }

    public void registerOpened(UUID opportunityId, UUID accountId) {
        accounts.lockOpenAccount(accountId);
        jdbc.update("INSERT INTO opportunity_registry (opportunity_id, account_id, status) VALUES (?, ?, 'OPEN')",
                opportunityId, accountId);
    }

    public void registerClosed(UUID opportunityId) {
        jdbc.update("UPDATE opportunity_registry SET status = 'CLOSED' WHERE opportunity_id = ?", opportunityId);
        jdbc.update("DELETE FROM stakeholder_registry WHERE opportunity_id = ?", opportunityId);
    }

    /**
     * The contact must sit at an account of the same hierarchy as the opportunity's account: a group CFO
     * at headquarters can sit in a branch's deal, a stranger cannot. The hierarchy lock and the contact's
     * row stay locked, so neither the contact nor either account's subtree moves away while it is placed.
     */
    public void registerStakeholder(UUID opportunityId, UUID accountId, UUID contactId) {
        hierarchies.lock();
        List<UUID> contactAccount = jdbc.queryForList(
                "SELECT account_id FROM contact_registry WHERE contact_id = ? FOR UPDATE", UUID.class, contactId);
        if (contactAccount.isEmpty()) {
            throw new NotFoundException("contact", contactId);
        }
        if (!hierarchies.sameHierarchy(contactAccount.get(0), accountId)) {
            throw new BusinessRuleViolation("stakeholder-outside-hierarchy", "Contact " + contactId + " belongs to account "
                    + contactAccount.get(0) + ", which is not in the hierarchy of the opportunity's account " + accountId + ".",
                    Map.of("contactId", contactId, "contactAccountId", contactAccount.get(0)));
        }
        jdbc.update("DELETE FROM stakeholder_registry WHERE opportunity_id = ? AND contact_id = ?", opportunityId, contactId);
        jdbc.update("INSERT INTO stakeholder_registry (opportunity_id, contact_id) VALUES (?, ?)", opportunityId, contactId);
    }

    public void registerStakeholderGone(UUID opportunityId, UUID contactId) {
        jdbc.update("DELETE FROM stakeholder_registry WHERE opportunity_id = ? AND contact_id = ?", opportunityId, contactId);
    }
}
