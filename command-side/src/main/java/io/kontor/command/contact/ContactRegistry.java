package io.kontor.command.contact;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.EmailAddresses;
import io.kontor.command.account.AccountRegistry;
import io.kontor.command.hierarchy.ContactMoved;
import io.kontor.command.hierarchy.Hierarchies;
import io.kontor.command.support.Claims;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Contacts across aggregates: a contact goes only to an open account, and two contacts of one account
 * never share an email. Written in the command's transaction; the unique key settles races.
 */
@Component
public class ContactRegistry {

    private final JdbcTemplate jdbc;
    private final AccountRegistry accounts;
    private final Hierarchies hierarchies;

    public ContactRegistry(JdbcTemplate jdbc, AccountRegistry accounts, Hierarchies hierarchies) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.hierarchies = hierarchies;
    }

    public void registerAdded(UUID contactId, UUID accountId, String email) {
        accounts.lockOpenAccount(accountId);
        requireFreeEmail(contactId, accountId, email);
        write(accountId, email, "INSERT INTO contact_registry (contact_id, account_id, email_key) VALUES (?, ?, ?)",
                contactId, accountId, EmailAddresses.key(email));
    }

    public void registerEmailChange(UUID contactId, UUID accountId, String email) {
        requireFreeEmail(contactId, accountId, email);
        write(accountId, email, "UPDATE contact_registry SET email_key = ? WHERE contact_id = ?",
                EmailAddresses.key(email), contactId);
    }

    /** Moves the contact's row; what moved tells which links the reassignment splits. */
    public ContactMoved registerReassignment(UUID contactId, UUID fromAccountId, UUID toAccountId, String email) {
        // The links it leaves behind are judged by the hierarchy's shape: no move may change it meanwhile.
        hierarchies.lock();
        accounts.lockOpenAccount(toAccountId);
        requireFreeEmail(contactId, toAccountId, email);
        write(toAccountId, email, "UPDATE contact_registry SET account_id = ? WHERE contact_id = ?", toAccountId, contactId);
        return new ContactMoved(contactId, fromAccountId, toAccountId, hierarchies.headquartersOf(fromAccountId),
                hierarchies.headquartersOf(toAccountId));
    }

    /** Forgets the erased contact's email: the account may take another contact with it. */
    public void erase(UUID contactId) {
        jdbc.update("UPDATE contact_registry SET email_key = NULL WHERE contact_id = ?", contactId);
    }

    /** Every contact with this email (compared without case), at any account. */
    public List<UUID> contactsWithEmail(String email) {
        return jdbc.queryForList("SELECT contact_id FROM contact_registry WHERE email_key = ? ORDER BY contact_id", UUID.class,
                EmailAddresses.key(email));
    }

    /** A contact as registered: its account and its email (lower case; null without one, or once erased). */
    public record Registration(UUID contactId, UUID accountId, String email) {
    }

    public Optional<Registration> registrationOf(UUID contactId) {
        return jdbc.query("SELECT contact_id, account_id, email_key FROM contact_registry WHERE contact_id = ?",
                (rs, row) -> new Registration(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)),
                contactId).stream().findFirst();
    }

    /** The account's contact with this email (compared without case), if it has one. */
    public Optional<UUID> contactWithEmail(UUID accountId, String email) {
        return jdbc.queryForList("SELECT contact_id FROM contact_registry WHERE account_id = ? AND email_key = ?",
                UUID.class, accountId, EmailAddresses.key(email)).stream().findFirst();
    }

    private void requireFreeEmail(UUID contactId, UUID accountId, String email) {
        if (email == null) {
            return;
        }
        List<UUID> holder = jdbc.queryForList("SELECT contact_id FROM contact_registry WHERE account_id = ? AND email_key = ?",
                UUID.class, accountId, EmailAddresses.key(email));
        if (!holder.isEmpty() && !holder.get(0).equals(contactId)) {
            throw emailTaken(accountId, email, holder.get(0));
        }
    }

    /** Writes the contact's row; a concurrent contact with the same email at the account makes it a refusal. */
    private void write(UUID accountId, String email, String sql, Object... arguments) {
        if (!Claims.tryWrite(jdbc, sql, arguments)) {
            throw emailTaken(accountId, email, jdbc.queryForList(
                    "SELECT contact_id FROM contact_registry WHERE account_id = ? AND email_key = ?", UUID.class,
                    accountId, EmailAddresses.key(email)).stream().findFirst().orElse(null));
        }
    }

    private static BusinessRuleViolation emailTaken(UUID accountId, String email, UUID holder) {
        return new BusinessRuleViolation("contact-email-taken", "Account " + accountId + " already has a contact with email "
                + email + ".", holder == null ? Map.of("accountId", accountId) : Map.of("accountId", accountId, "contactId", holder));
    }
}
