package io.kontor.query.lead;

import io.kontor.api.common.PersonalData;
import io.kontor.api.lead.LeadCaptured;
import io.kontor.api.lead.LeadConversion;
import io.kontor.api.lead.LeadConvertedToAccount;
import io.kontor.api.lead.LeadDetails;
import io.kontor.api.lead.LeadDisqualified;
import io.kontor.api.lead.LeadErased;
import io.kontor.api.lead.LeadExternalIdsChanged;
import io.kontor.api.lead.LeadQualified;
import io.kontor.query.projection.ExternalIdsColumn;
import io.kontor.query.projection.RowVersions;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.ZoneOffset;

/** Leads as the API shows them, with where a converted lead went. */
public class LeadProjection {

    private final JdbcTemplate jdbc;
    private final RowVersions versions;

    public LeadProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.versions = new RowVersions(jdbc, "lead_view", "id");
    }

    @EventHandler
    public void on(LeadCaptured event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (versions.of(event.leadId()) == null) {
            LeadDetails lead = event.details();
            jdbc.update("INSERT INTO lead_view (id, first_name, last_name, email, company_name, phone, website, employees, "
                            + "source, status, captured_at, version, external_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)",
                    event.leadId(), lead.firstName(), lead.lastName(), lead.email(), lead.companyName(), lead.phone(),
                    lead.website(), lead.employees(), lead.source(), at.atOffset(ZoneOffset.UTC), sequence,
                    ExternalIdsColumn.write(event.externalIds()));
        }
    }

    @EventHandler
    public void on(LeadQualified event, @SequenceNumber long sequence) {
        if (versions.isNew(event.leadId(), sequence)) {
            jdbc.update("UPDATE lead_view SET status = 'QUALIFIED', score = ?, version = ? WHERE id = ?",
                    event.score(), sequence, event.leadId());
        }
    }

    @EventHandler
    public void on(LeadDisqualified event, @SequenceNumber long sequence) {
        if (versions.isNew(event.leadId(), sequence)) {
            jdbc.update("UPDATE lead_view SET status = 'DISQUALIFIED', disqualification_reason = ?, version = ? WHERE id = ?",
                    event.reason(), sequence, event.leadId());
        }
    }

    /** The person's columns read "[erased]" (or stay empty); the company, status and conversion stay. */
    @EventHandler
    public void on(LeadErased event, @SequenceNumber long sequence) {
        versions.update(event.leadId(), sequence, "first_name = ?, last_name = ?, email = ?, phone = CASE WHEN phone IS NULL "
                + "THEN NULL ELSE ? END, disqualification_reason = CASE WHEN disqualification_reason IS NULL THEN NULL ELSE ? END",
                PersonalData.ERASED, PersonalData.ERASED, PersonalData.ERASED, PersonalData.ERASED, PersonalData.ERASED);
    }

    @EventHandler
    public void on(LeadConvertedToAccount event, @SequenceNumber long sequence) {
        if (versions.isNew(event.leadId(), sequence)) {
            LeadConversion conversion = event.conversion();
            jdbc.update("UPDATE lead_view SET status = 'CONVERTED', account_id = ?, contact_id = ?, opportunity_id = ?, "
                            + "version = ? WHERE id = ?", conversion.accountId(), conversion.contactId(),
                    conversion.opportunityId(), sequence, event.leadId());
        }
    }

    @EventHandler
    public void on(LeadExternalIdsChanged event, @SequenceNumber long sequence) {
        versions.update(event.leadId(), sequence, "external_ids = ?", ExternalIdsColumn.write(event.externalIds()));
    }
}
