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
import io.kontor.query.projection.EntityRows;
import io.kontor.query.projection.EntityShape;
import io.kontor.query.projection.EntityTable;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contacts as the API shows them. Each contact's events only touch its own row, which live goes to the table
 * and in a rebuild to memory ({@link EntityRows}).
 */
public class ContactProjection {

    static final EntityShape SHAPE = new EntityShape("contact_view", "id", List.of("account_id", "first_name", "last_name",
            "email", "email_domain", "phone", "job_title", "external_ids"), List.of());

    private final EntityRows rows;

    /** Live: the row goes to the table the connection points at. */
    public ContactProjection(JdbcTemplate jdbc) {
        this(new EntityTable(jdbc, SHAPE));
    }

    ContactProjection(EntityRows rows) {
        this.rows = rows;
    }

    @EventHandler
    public void on(ContactAdded event, @SequenceNumber long sequence) {
        Map<String, Object> values = details(event.details());
        values.put("account_id", event.accountId());
        values.put("external_ids", ExternalIdsColumn.write(event.externalIds()));
        rows.insert(event.contactId(), sequence, values);
    }

    @EventHandler
    public void on(ContactUpdated event, @SequenceNumber long sequence) {
        rows.update(event.contactId(), sequence, details(event.details()));
    }

    @EventHandler
    public void on(ContactReassigned event, @SequenceNumber long sequence) {
        rows.update(event.contactId(), sequence, Map.of("account_id", event.toAccountId()));
    }

    @EventHandler
    public void on(ContactExternalIdsChanged event, @SequenceNumber long sequence) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("external_ids", ExternalIdsColumn.write(event.externalIds()));
        rows.update(event.contactId(), sequence, changes);
    }

    /**
     * Every personal column of an erased contact reads "[erased]" (or stays empty), and it no longer counts for
     * lead matching. A replay writes the same: the events before the erasure already read "[erased]" then.
     */
    @EventHandler
    public void on(ContactErased event, @SequenceNumber long sequence) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("first_name", PersonalData.ERASED);
        changes.put("last_name", PersonalData.ERASED);
        changes.put("email_domain", null);
        rows.update(event.contactId(), sequence, changes, Map.of("email", PersonalData.ERASED, "phone", PersonalData.ERASED,
                "job_title", PersonalData.ERASED));
    }

    private static Map<String, Object> details(ContactDetails details) {
        Map<String, Object> values = new HashMap<>();
        values.put("first_name", details.firstName());
        values.put("last_name", details.lastName());
        values.put("email", details.email());
        values.put("email_domain", emailDomain(details.email()));
        values.put("phone", details.phone());
        values.put("job_title", details.jobTitle());
        return values;
    }

    /** The registrable domain of the address (lead matching compares it), unless it is a free mail provider. */
    static String emailDomain(String email) {
        return EmailAddresses.domainOf(email).map(Domains::registrable).filter(domain -> !Domains.isFreeMail(domain))
                .orElse(null);
    }

}
