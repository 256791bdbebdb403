package io.kontor.query.opportunity;

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
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import io.kontor.query.projection.RowVersions;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** Opportunities and their buying centers as the API shows them; each opportunity's events touch only its rows. */
public class OpportunityProjection {

    private final JdbcTemplate jdbc;
    private final RowVersions versions;

    public OpportunityProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.versions = new RowVersions(jdbc, "opportunity_view", "id");
    }

    @EventHandler
    public void on(OpportunityOpened event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (versions.of(event.opportunityId()) != null) {
            return;
        }
        OpportunityTerms terms = event.terms();
        jdbc.update("INSERT INTO opportunity_view (id, account_id, name, amount, currency, stage, probability, "
                        + "probability_explicit, status, expected_close_date, owner_id, opened_at, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?)",
                event.opportunityId(), event.accountId(), terms.name(), terms.value().amount(), terms.value().currency(),
                event.stage().name(), event.probability(), terms.probability() != null, terms.expectedCloseDate(),
                terms.ownerId(), at.atOffset(ZoneOffset.UTC), sequence);
    }

    @EventHandler
    public void on(OpportunityUpdated event, @SequenceNumber long sequence) {
        OpportunityTerms terms = event.terms();
        update(event.opportunityId(), sequence, "name = ?, amount = ?, currency = ?, expected_close_date = ?, owner_id = ?, "
                        + "probability = ?, probability_explicit = ?", terms.name(), terms.value().amount(),
                terms.value().currency(), terms.expectedCloseDate(), terms.ownerId(), event.probability(),
                terms.probability() != null);
    }

    @EventHandler
    public void on(OpportunityStageChanged event, @SequenceNumber long sequence) {
        update(event.opportunityId(), sequence, "stage = ?, probability = ?", event.toStage().name(), event.probability());
    }

    @EventHandler
    public void on(OpportunityWon event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.opportunityId(), sequence, "status = 'WON', probability = 100, close_reason = ?, closed_at = ?",
                event.reason(), at.atOffset(ZoneOffset.UTC));
    }

    @EventHandler
    public void on(OpportunityLost event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.opportunityId(), sequence, "status = 'LOST', probability = 0, close_reason = ?, closed_at = ?",
                event.reason(), at.atOffset(ZoneOffset.UTC));
    }

    @EventHandler
    public void on(StakeholderPlaced event, @SequenceNumber long sequence) {
        if (update(event.opportunityId(), sequence, null)) {
            jdbc.update("DELETE FROM opportunity_stakeholder WHERE opportunity_id = ? AND contact_id = ?",
                    event.opportunityId(), event.contactId());
            jdbc.update("INSERT INTO opportunity_stakeholder (opportunity_id, contact_id, role, influence, interest, roles, "
                            + "attitude, coverage, raci) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", event.opportunityId(),
                    event.contactId(), event.role().name(), event.influence(), event.interest(),
                    StakeholderRoles.joined(event.roles()), event.attitude(), event.coverage().name(),
                    event.raci() == null ? null : event.raci().name());
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
        if (update(opportunityId, sequence, null)) {
            jdbc.update("DELETE FROM opportunity_stakeholder WHERE opportunity_id = ? AND contact_id = ?", opportunityId, contactId);
        }
    }

    private boolean update(UUID opportunityId, long sequence, String assignments, Object... values) {
        return versions.update(opportunityId, sequence, assignments, values);
    }
}
