package io.kontor.query.map;

import io.kontor.api.account.AccountMapReviewed;
import io.kontor.api.opportunity.OpportunityLost;
import io.kontor.api.opportunity.OpportunityOpened;
import io.kontor.api.opportunity.OpportunityUpdated;
import io.kontor.api.opportunity.OpportunityWon;
import io.kontor.api.opportunity.StakeholderPlaced;
import io.kontor.api.opportunity.StakeholderRemoved;
import io.kontor.api.opportunity.StakeholderRoleEnded;
import io.kontor.api.opportunity.StakeholderRoles;
import io.kontor.platform.axon.AuditMetadata;
import io.kontor.query.projection.EntityRows;
import io.kontor.query.projection.EntityTable;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.kontor.query.map.MapTables.REVIEWS;

/**
 * The deal side of the account map: opportunities, their buying-center seats over time (a won or lost
 * deal keeps the seats it closed with: who was champion when we lost), and the reviews of the map.
 */
class MapBuyingCenterProjection {

    private final JdbcTemplate jdbc;
    private final Periods seats;
    private final EntityRows opportunities;

    /** Live: into the tables the connection points at. */
    static MapBuyingCenterProjection live(JdbcTemplate jdbc) {
        return new MapBuyingCenterProjection(MapShapes.SEATS.live(jdbc), new EntityTable(jdbc, MapShapes.OPPORTUNITIES), jdbc);
    }

    /**
     * {@code jdbc} writes the reviews: a few rows, each written once, so a rebuild writes them straight into the
     * generation it builds, as the live projections do into the live one.
     */
    MapBuyingCenterProjection(Periods seats, EntityRows opportunities, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.seats = seats;
        this.opportunities = opportunities;
    }

    @EventHandler
    public void on(OpportunityOpened event, @SequenceNumber long sequence, @Timestamp Instant at) {
        opportunities.insert(event.opportunityId(), sequence, Map.of("account_id", event.accountId(), "name", event.terms().name(),
                "status", "OPEN", "opened_at", at.atOffset(ZoneOffset.UTC)));
    }

    @EventHandler
    public void on(OpportunityUpdated event, @SequenceNumber long sequence) {
        opportunities.update(event.opportunityId(), sequence, Map.of("name", event.terms().name()));
    }

    @EventHandler
    public void on(OpportunityWon event, @SequenceNumber long sequence) {
        opportunities.update(event.opportunityId(), sequence, Map.of("status", "WON"));
    }

    @EventHandler
    public void on(OpportunityLost event, @SequenceNumber long sequence) {
        opportunities.update(event.opportunityId(), sequence, Map.of("status", "LOST"));
    }

    @EventHandler
    public void on(StakeholderPlaced event, @Timestamp Instant at, TrackingToken token) {
        Map<String, Object> values = new HashMap<>();
        values.put("roles", StakeholderRoles.joined(event.roles()));
        values.put("influence", event.influence());
        values.put("interest", event.interest());
        values.put("attitude", event.attitude());
        values.put("coverage", event.coverage().name());
        values.put("raci", event.raci() == null ? null : event.raci().name());
        seats.begin(List.of(event.opportunityId(), event.contactId()), MapPositions.of(token), at, values);
    }

    @EventHandler
    public void on(StakeholderRemoved event, @Timestamp Instant at, TrackingToken token) {
        seats.end(List.of(event.opportunityId(), event.contactId()), MapPositions.of(token), at);
    }

    @EventHandler
    public void on(StakeholderRoleEnded event, @Timestamp Instant at, TrackingToken token) {
        seats.end(List.of(event.opportunityId(), event.contactId()), MapPositions.of(token), at);
    }

    @EventHandler
    public void on(AccountMapReviewed event, @Timestamp Instant at, @MetaDataValue(AuditMetadata.PRINCIPAL) String principal) {
        if (jdbc.queryForList("SELECT review_id FROM " + REVIEWS + " WHERE review_id = ?", UUID.class, event.reviewId()).isEmpty()) {
            jdbc.update("INSERT INTO " + REVIEWS + " (review_id, account_id, reviewed_at, reviewed_by, note) VALUES (?, ?, ?, ?, ?)",
                    event.reviewId(), event.accountId(), at.atOffset(ZoneOffset.UTC), principal, event.note());
        }
    }

}
