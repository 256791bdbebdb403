package io.kontor.query.contact;

import io.kontor.api.common.Domains;
import io.kontor.api.common.EmailAddresses;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.common.PersonalData;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactErased;
import io.kontor.api.contact.ContactExternalIdsChanged;
import io.kontor.api.contact.ContactReassigned;
import io.kontor.api.contact.ContactUpdated;
import io.kontor.query.projection.ExternalIdsColumn;
import io.kontor.query.projection.RowVersions;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;


/** Contacts as the API shows them. Each contact's events only touch its own row, so it runs in several segments. */
public class ContactProjection {

    static final String ERASED_IF_SET = "CASE WHEN %s IS NULL THEN NULL ELSE ? END";

    private final JdbcTemplate jdbc;
    private final RowVersions versions;

    public ContactProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.versions = new RowVersions(jdbc, "contact_view", "id");
    }

    @EventHandler
    public void on(ContactAdded event, @SequenceNumber long sequence) {
        if (versions.of(event.contactId()) == null) {
            ContactDetails details = event.details();
            jdbc.update("INSERT INTO contact_view (id, account_id, first_name, last_name, email, email_domain, phone, "
                            + "job_title, version, external_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", event.contactId(),
                    event.accountId(), details.firstName(), details.lastName(), details.email(), emailDomain(details.email()),
                    details.phone(), details.jobTitle(), sequence, ExternalIdsColumn.write(event.externalIds()));
        }
    }

    @EventHandler
    public void on(ContactUpdated event, @SequenceNumber long sequence) {
        ContactDetails details = event.details();
        versions.update(event.contactId(), sequence, "first_name = ?, last_name = ?, email = ?, email_domain = ?, phone = ?, "
                        + "job_title = ?", details.firstName(), details.lastName(), details.email(),
                emailDomain(details.email()), details.phone(), details.jobTitle());
    }

    @EventHandler
    public void on(ContactReassigned event, @SequenceNumber long sequence) {
        versions.update(event.contactId(), sequence, "account_id = ?", event.toAccountId());
    }

    @EventHandler
    public void on(ContactExternalIdsChanged event, @SequenceNumber long sequence) {
        versions.update(event.contactId(), sequence, "external_ids = ?", ExternalIdsColumn.write(event.externalIds()));
    }

    /**
     * Every personal column of an erased contact reads "[erased]" (or stays empty), and it no longer counts for
     * lead matching. A replay writes the same: the events before the erasure already read "[erased]" then.
     */
    @EventHandler
    public void on(ContactErased event, @SequenceNumber long sequence) {
        versions.update(event.contactId(), sequence, "first_name = ?, last_name = ?, email = " + ERASED_IF_SET.formatted("email")
                        + ", email_domain = NULL, phone = " + ERASED_IF_SET.formatted("phone") + ", job_title = "
                        + ERASED_IF_SET.formatted("job_title"), PersonalData.ERASED, PersonalData.ERASED, PersonalData.ERASED,
                PersonalData.ERASED, PersonalData.ERASED);
    }

    /** The registrable domain of the address (lead matching compares it), unless it is a free mail provider. */
    static String emailDomain(String email) {
        return EmailAddresses.domainOf(email).map(Domains::registrable).filter(domain -> !Domains.isFreeMail(domain))
                .orElse(null);
    }

}
