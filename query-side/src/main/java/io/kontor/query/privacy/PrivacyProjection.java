package io.kontor.query.privacy;

import io.kontor.api.common.EmailAddresses;
import io.kontor.api.common.PersonalData;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactErased;
import io.kontor.api.contact.ContactUpdated;
import io.kontor.api.contact.LegalHoldLifted;
import io.kontor.api.contact.LegalHoldPlaced;
import io.kontor.api.lead.LeadCaptured;
import io.kontor.api.lead.LeadConvertedToAccount;
import io.kontor.api.lead.LeadErased;
import io.kontor.platform.axon.AuditMetadata;
import io.kontor.platform.privacy.SubjectKeys;
import io.kontor.query.projection.RowVersions;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Who the people are (contacts and leads by email, and which lead became which contact), their legal holds
 * and their erasures. Applying an erasure also drops this process's cached key of the person, so that a
 * query node that did not run the erasure stops decrypting their fields at once.
 */
public class PrivacyProjection {

    static final String CONTACT = "CONTACT";
    static final String LEAD = "LEAD";

    private final JdbcTemplate jdbc;
    private final RowVersions versions;
    private final SubjectKeys keys;

    public PrivacyProjection(JdbcTemplate jdbc, SubjectKeys keys) {
        this.jdbc = jdbc;
        this.versions = new RowVersions(jdbc, "data_subject", "subject_id");
        this.keys = keys;
    }

    @EventHandler
    public void on(ContactAdded event, @SequenceNumber long sequence) {
        first(event.contactId(), CONTACT, event.details().email(), sequence);
    }

    @EventHandler
    public void on(ContactUpdated event, @SequenceNumber long sequence) {
        versions.update(event.contactId(), sequence, "email_key = ?", emailKey(event.details().email()));
    }

    @EventHandler
    public void on(LegalHoldPlaced event, @SequenceNumber long sequence, @Timestamp Instant at,
                   @MetaDataValue(AuditMetadata.PRINCIPAL) String principal) {
        versions.update(event.contactId(), sequence, "legal_hold = ?, hold_placed_by = ?, hold_placed_at = ?", event.reason(),
                principal, at.atOffset(ZoneOffset.UTC));
    }

    @EventHandler
    public void on(LegalHoldLifted event, @SequenceNumber long sequence) {
        versions.update(event.contactId(), sequence, "legal_hold = NULL, hold_placed_by = NULL, hold_placed_at = NULL");
    }

    @EventHandler
    public void on(ContactErased event, @SequenceNumber long sequence, @Timestamp Instant at,
                   @MetaDataValue(AuditMetadata.PRINCIPAL) String principal) {
        erased(event.contactId(), sequence, event.erasureId(), CONTACT, event.reason(), principal, at);
    }

    @EventHandler
    public void on(LeadCaptured event, @SequenceNumber long sequence) {
        first(event.leadId(), LEAD, event.details().email(), sequence);
    }

    @EventHandler
    public void on(LeadConvertedToAccount event, @SequenceNumber long sequence) {
        versions.update(event.leadId(), sequence, "contact_id = ?", event.conversion().contactId());
    }

    @EventHandler
    public void on(LeadErased event, @SequenceNumber long sequence, @Timestamp Instant at,
                   @MetaDataValue(AuditMetadata.PRINCIPAL) String principal) {
        erased(event.leadId(), sequence, event.erasureId(), LEAD, event.reason(), principal, at);
    }

    private void first(UUID subject, String kind, String email, long sequence) {
        if (versions.of(subject) == null) {
            jdbc.update("INSERT INTO data_subject (subject_id, kind, email_key, version) VALUES (?, ?, ?, ?)", subject, kind,
                    emailKey(email), sequence);
        }
    }

    /** The person's key leaves this process's cache, their email the model, and the erasure is recorded. */
    private void erased(UUID subject, long sequence, UUID erasure, String kind, String reason, String principal, Instant at) {
        keys.forget(subject);
        versions.update(subject, sequence, "email_key = NULL");
        if (jdbc.queryForList("SELECT subject_id FROM erasure_record WHERE subject_id = ?", UUID.class, subject).isEmpty()) {
            jdbc.update("INSERT INTO erasure_record (subject_id, erasure_id, kind, reason, erased_by, erased_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", subject, erasure, kind, reason, principal, at.atOffset(ZoneOffset.UTC));
        }
    }

    /** The address as compared; none for an erased one (a replay reads the events before an erasure as "[erased]"). */
    private static String emailKey(String email) {
        return email == null || PersonalData.ERASED.equals(email) ? null : EmailAddresses.key(email);
    }
}
