package io.kontor.query.opportunity;

import io.kontor.api.opportunity.OpportunityExternalIdsChanged;
import io.kontor.api.opportunity.OpportunityLost;
import io.kontor.api.opportunity.OpportunityOpened;
import io.kontor.api.opportunity.OpportunityStageChanged;
import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.OpportunityUpdated;
import io.kontor.api.opportunity.OpportunityWon;
import io.kontor.api.opportunity.StakeholderPlaced;
import io.kontor.api.opportunity.StakeholderRemoved;
import io.kontor.api.opportunity.StakeholderRoleEnded;
import io.kontor.api.opportunity.StakeholderRoles;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Opportunities and their buying centers as the API shows them; each opportunity's events touch only its
 * rows, which live go to the tables and in a rebuild to memory ({@link EntityRows}).
 */
public class OpportunityProjection {

    static final String STAKEHOLDERS = "opportunity_stakeholder";
    static final EntityShape SHAPE = new EntityShape("opportunity_view", "id", List.of("account_id", "name", "amount",
            "currency", "stage", "probability", "probability_explicit", "status", "expected_close_date", "owner_id",
            "close_reason", "opened_at", "closed_at", "external_ids"),
            List.of(new EntityShape.Part(STAKEHOLDERS, "opportunity_id", "contact_id", List.of("role", "influence", "interest",
                    "roles", "attitude", "coverage", "raci"))));

    private final EntityRows rows;

    /** Live: the rows go to the tables the connection points at. */
    public OpportunityProjection(JdbcTemplate jdbc) {
        this(new EntityTable(jdbc, SHAPE));
    }

    OpportunityProjection(EntityRows rows) {
        this.rows = rows;
    }

    @EventHandler
    public void on(OpportunityOpened event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> values = terms(event.terms(), event.probability());
        values.put("account_id", event.accountId());
        values.put("stage", event.stage().name());
        values.put("status", "OPEN");
        values.put("opened_at", at.atOffset(ZoneOffset.UTC));
        values.put("external_ids", ExternalIdsColumn.write(event.externalIds()));
        rows.insert(event.opportunityId(), sequence, values);
    }

    @EventHandler
    public void on(OpportunityExternalIdsChanged event, @SequenceNumber long sequence) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("external_ids", ExternalIdsColumn.write(event.externalIds()));
        rows.update(event.opportunityId(), sequence, changes);
    }

    @EventHandler
    public void on(OpportunityUpdated event, @SequenceNumber long sequence) {
        rows.update(event.opportunityId(), sequence, terms(event.terms(), event.probability()));
    }

    @EventHandler
    public void on(OpportunityStageChanged event, @SequenceNumber long sequence) {
        rows.update(event.opportunityId(), sequence, Map.of("stage", event.toStage().name(), "probability", event.probability()));
    }

    @EventHandler
    public void on(OpportunityWon event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.update(event.opportunityId(), sequence, closed("WON", 100, event.reason(), at));
    }

    @EventHandler
    public void on(OpportunityLost event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.update(event.opportunityId(), sequence, closed("LOST", 0, event.reason(), at));
    }

    @EventHandler
    public void on(StakeholderPlaced event, @SequenceNumber long sequence) {
        if (rows.update(event.opportunityId(), sequence, Map.of())) {
            Map<String, Object> seat = new HashMap<>();
            seat.put("role", event.role().name());
            seat.put("influence", event.influence());
            seat.put("interest", event.interest());
            seat.put("roles", StakeholderRoles.joined(event.roles()));
            seat.put("attitude", event.attitude());
            seat.put("coverage", event.coverage().name());
            seat.put("raci", event.raci() == null ? null : event.raci().name());
            rows.putPart(STAKEHOLDERS, event.opportunityId(), event.contactId(), seat);
        }
    }

    @EventHandler
    public void on(StakeholderRemoved event, @SequenceNumber long sequence) {
        removeStakeholder(event.opportunityId(), event.contactId(), sequence);
    }

    @EventHandler
    public void on(StakeholderRoleEnded event, @SequenceNumber long sequence) {
        removeStakeholder(event.opportunityId(), event.contactId(), sequence);
    }

    private void removeStakeholder(UUID opportunityId, UUID contactId, long sequence) {
        if (rows.update(opportunityId, sequence, Map.of())) {
            rows.removePart(STAKEHOLDERS, opportunityId, contactId);
        }
    }

    private static Map<String, Object> terms(OpportunityTerms terms, int probability) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", terms.name());
        values.put("amount", terms.value().amount());
        values.put("currency", terms.value().currency());
        values.put("expected_close_date", terms.expectedCloseDate());
        values.put("owner_id", terms.ownerId());
        values.put("probability", probability);
        values.put("probability_explicit", terms.probability() != null);
        return values;
    }

    private static Map<String, Object> closed(String status, int probability, String reason, Instant at) {
        Map<String, Object> values = new HashMap<>();
        values.put("status", status);
        values.put("probability", probability);
        values.put("close_reason", reason);
        values.put("closed_at", at.atOffset(ZoneOffset.UTC));
        return values;
    }
}
