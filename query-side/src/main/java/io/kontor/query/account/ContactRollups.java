package io.kontor.query.account;

import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactReassigned;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import io.kontor.query.projection.RowVersions;
import org.springframework.jdbc.core.JdbcTemplate;


/** Contacts in the account rollups: counted at their account and along its path; a reassignment moves the count. */
public class ContactRollups {

    private static final RollupDelta ONE_CONTACT = new RollupDelta(0, 1, 0);

    private final JdbcTemplate jdbc;
    private final AccountHierarchyStore accounts;
    private final RowVersions versions;

    public ContactRollups(JdbcTemplate jdbc, AccountHierarchyStore accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.versions = new RowVersions(jdbc, "hierarchy_contact", "contact_id");
    }

    @EventHandler
    public void on(ContactAdded event, @SequenceNumber long sequence) {
        if (versions.of(event.contactId()) != null) {
            return;
        }
        jdbc.update("INSERT INTO hierarchy_contact (contact_id, account_id, version) VALUES (?, ?, ?)",
                event.contactId(), event.accountId(), sequence);
        accounts.addAlongPath(accounts.pathOf(event.accountId()).orElseThrow(), ONE_CONTACT);
    }

    @EventHandler
    public void on(ContactReassigned event, @SequenceNumber long sequence) {
        if (!versions.update(event.contactId(), sequence, "account_id = ?", event.toAccountId())) {
            return;
        }
        accounts.addAlongPath(accounts.pathOf(event.fromAccountId()).orElseThrow(), ONE_CONTACT.negate());
        accounts.addAlongPath(accounts.pathOf(event.toAccountId()).orElseThrow(), ONE_CONTACT);
    }
}
