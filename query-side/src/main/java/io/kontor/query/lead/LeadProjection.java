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
import io.kontor.query.projection.Columns;
import io.kontor.query.projection.EntityRows;
import io.kontor.query.projection.EntityShape;
import io.kontor.query.projection.EntityTable;
import io.kontor.query.projection.ExternalIdsColumn;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Leads as the API shows them, with where a converted lead went. Each lead's events only touch its own row, which
 * live goes to the table and in a rebuild to memory ({@link EntityRows}).
 */
public class LeadProjection {

    static final EntityShape SHAPE = new EntityShape("lead_view", "id", List.of("first_name", "last_name", "email",
            "company_name", "phone", "website", "employees", "source", "status", "score", "disqualification_reason", "account_id",
            "contact_id", "opportunity_id", "captured_at", "external_ids"), List.of());

    private final EntityRows rows;

    /** Live: the row goes to the table the connection points at. */
    public LeadProjection(JdbcTemplate jdbc) {
        this(new EntityTable(jdbc, SHAPE));
    }

    LeadProjection(EntityRows rows) {
        this.rows = rows;
    }

    @EventHandler
    public void on(LeadCaptured event, @SequenceNumber long sequence, @Timestamp Instant at) {
        LeadDetails lead = event.details();
        rows.insert(event.leadId(), sequence, Columns.of("first_name", lead.firstName(), "last_name", lead.lastName(),
                "email", lead.email(), "company_name", lead.companyName(), "phone", lead.phone(), "website", lead.website(),
                "employees", lead.employees(), "source", lead.source(), "status", "OPEN", "captured_at", at.atOffset(ZoneOffset.UTC),
                "external_ids", ExternalIdsColumn.write(event.externalIds())));
    }

    @EventHandler
    public void on(LeadQualified event, @SequenceNumber long sequence) {
        rows.update(event.leadId(), sequence, Columns.of("status", "QUALIFIED", "score", event.score()));
    }

    @EventHandler
    public void on(LeadDisqualified event, @SequenceNumber long sequence) {
        rows.update(event.leadId(), sequence, Columns.of("status", "DISQUALIFIED", "disqualification_reason", event.reason()));
    }

    /** The person's columns read "[erased]" (or stay empty); the company, status and conversion stay. */
    @EventHandler
    public void on(LeadErased event, @SequenceNumber long sequence) {
        rows.update(event.leadId(), sequence, Map.of("first_name", PersonalData.ERASED, "last_name", PersonalData.ERASED,
                "email", PersonalData.ERASED), Map.of("phone", PersonalData.ERASED, "disqualification_reason", PersonalData.ERASED));
    }

    @EventHandler
    public void on(LeadConvertedToAccount event, @SequenceNumber long sequence) {
        LeadConversion conversion = event.conversion();
        rows.update(event.leadId(), sequence, Columns.of("status", "CONVERTED", "account_id", conversion.accountId(),
                "contact_id", conversion.contactId(), "opportunity_id", conversion.opportunityId()));
    }

    @EventHandler
    public void on(LeadExternalIdsChanged event, @SequenceNumber long sequence) {
        rows.update(event.leadId(), sequence, Columns.of("external_ids", ExternalIdsColumn.write(event.externalIds())));
    }
}
