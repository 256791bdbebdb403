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
import io.kontor.query.projection.Columns;
import io.kontor.query.projection.EntityRows;
import io.kontor.query.projection.EntityShape;
import io.kontor.query.projection.EntityTable;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Who the people are (contacts and leads by email, and which lead became which contact), their legal holds
 * and their erasures. Applying an erasure also drops this process's cached key of the person, so that a
 * query node that did not run the erasure stops decrypting their fields at once. Each person's events only touch
 * their own rows, which live go to the tables and in a rebuild to memory ({@link EntityRows}).
 */
public class PrivacyProjection {

    static final String CONTACT = "CONTACT";
    static final String LEAD = "LEAD";
    private static final String ERASURES = "erasure_record";
    static final EntityShape SHAPE = new EntityShape("data_subject", "subject_id", List.of("kind", "email_key", "contact_id",
            "legal_hold", "hold_placed_by", "hold_placed_at"), List.of(new EntityShape.Part(ERASURES, "subject_id", "erasure_id",
            List.of("kind", "reason", "erased_by", "erased_at"))));

    private final EntityRows rows;
    private final SubjectKeys keys;

    /** Live: the rows go to the tables the connection points at. */
    public PrivacyProjection(JdbcTemplate jdbc, SubjectKeys keys) {
        this(new EntityTable(jdbc, SHAPE), keys);
    }

    PrivacyProjection(EntityRows rows, SubjectKeys keys) {
        this.rows = rows;
        this.keys = keys;
    }

    @EventHandler
    public void on(ContactAdded event, @SequenceNumber long sequence) {
        first(event.contactId(), CONTACT, event.details().email(), sequence);
    }

    @EventHandler
    public void on(ContactUpdated event, @SequenceNumber long sequence) {
        rows.update(event.contactId(), sequence, Columns.of("email_key", emailKey(event.details().email())));
    }

    @EventHandler
    public void on(LegalHoldPlaced event, @SequenceNumber long sequence, @Timestamp Instant at,
                   @MetaDataValue(AuditMetadata.PRINCIPAL) String principal) {
        rows.update(event.contactId(), sequence, Columns.of("legal_hold", event.reason(), "hold_placed_by", principal,
                "hold_placed_at", at.atOffset(ZoneOffset.UTC)));
    }

    @EventHandler
    public void on(LegalHoldLifted event, @SequenceNumber long sequence) {
        rows.update(event.contactId(), sequence, Columns.of("legal_hold", null, "hold_placed_by", null, "hold_placed_at", null));
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
        rows.update(event.leadId(), sequence, Columns.of("contact_id", event.conversion().contactId()));
    }

    @EventHandler
    public void on(LeadErased event, @SequenceNumber long sequence, @Timestamp Instant at,
                   @MetaDataValue(AuditMetadata.PRINCIPAL) String principal) {
        erased(event.leadId(), sequence, event.erasureId(), LEAD, event.reason(), principal, at);
    }

    private void first(UUID subject, String kind, String email, long sequence) {
        rows.insert(subject, sequence, Columns.of("kind", kind, "email_key", emailKey(email)));
    }

    /** The person's key leaves this process's cache, their email the model, and the first erasure is recorded. */
    private void erased(UUID subject, long sequence, UUID erasure, String kind, String reason, String principal, Instant at) {
        keys.forget(subject);
        if (rows.update(subject, sequence, Columns.of("email_key", null)) && !rows.hasPart(ERASURES, subject)) {
            rows.putPart(ERASURES, subject, erasure, Columns.of("kind", kind, "reason", reason, "erased_by", principal,
                    "erased_at", at.atOffset(ZoneOffset.UTC)));
        }
    }

    /** The address as compared; none for an erased one (a replay reads the events before an erasure as "[erased]"). */
    private static String emailKey(String email) {
        return email == null || PersonalData.ERASED.equals(email) ? null : EmailAddresses.key(email);
    }
}
