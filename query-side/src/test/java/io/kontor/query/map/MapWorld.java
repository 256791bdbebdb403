package io.kontor.query.map;

import io.kontor.platform.visibility.Visibility;
import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.common.Money;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactReassigned;
import io.kontor.api.map.AccountMap;
import io.kontor.api.map.FindAccountMap;
import io.kontor.api.opportunity.Coverage;
import io.kontor.api.opportunity.OpportunityOpened;
import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.Stage;
import io.kontor.api.opportunity.StakeholderPlaced;
import io.kontor.api.opportunity.StakeholderRemoved;
import io.kontor.api.opportunity.StakeholderRole;
import io.kontor.api.relationship.RelationshipAdded;
import io.kontor.api.relationship.RelationshipEndCause;
import io.kontor.api.relationship.RelationshipEnded;
import io.kontor.api.relationship.RelationshipType;
import io.kontor.query.readmodel.ReadModelDatabases;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The account map read model's handlers wired by hand on a fresh database, fed events as the event stream
 * would (each with the next position and a clock that moves a minute per event): no Spring.
 */
final class MapWorld {

    final JdbcTemplate jdbc = ReadModelDatabases.h2(MapReadModel.NAME);
    final MapPeopleProjection people = MapPeopleProjection.live(jdbc);
    final MapBuyingCenterProjection deals = MapBuyingCenterProjection.live(jdbc);
    final AccountMaps maps = new AccountMaps(new MapReader(jdbc), Visibility.unrestricted(), jdbc);
    private long position;
    private Instant clock = Instant.parse("2026-01-05T09:00:00Z");

    TrackingToken next() {
        position++;
        clock = clock.plusSeconds(60);
        return new GlobalSequenceTrackingToken(position);
    }

    Instant now() {
        return clock;
    }

    UUID account(String name, UUID parent) {
        UUID id = UUID.randomUUID();
        TrackingToken token = next();
        people.on(new AccountOpened(id, new AccountProfile(name, AccountKind.COMPANY, null, null, null, null, null), parent, null),
                clock, token);
        return id;
    }

    void move(UUID account, UUID from, UUID to) {
        TrackingToken token = next();
        people.on(new AccountMovedInHierarchy(account, from, to), clock, token);
    }

    UUID contact(UUID account, String firstName, String lastName, String jobTitle) {
        UUID id = UUID.randomUUID();
        TrackingToken token = next();
        people.on(new ContactAdded(id, account, new ContactDetails(firstName, lastName, null, null, jobTitle)), clock, token);
        return id;
    }

    UUID relate(UUID from, RelationshipType type, UUID to, LocalDate since) {
        UUID id = UUID.randomUUID();
        TrackingToken token = next();
        people.on(new RelationshipAdded(from, id, type, type.pointsAtAccount() ? null : to, type.pointsAtAccount() ? to : null,
                3, 1, since, null), 1, clock, token);
        return id;
    }

    UUID opportunity(UUID account) {
        UUID id = UUID.randomUUID();
        next();
        deals.on(new OpportunityOpened(id, account, new OpportunityTerms("Chłodnie", new Money(new BigDecimal("100.00"), "EUR"),
                null, null, null), Stage.PROSPECTING, 10), 0, clock);
        return id;
    }

    void seat(UUID opportunity, UUID contact, List<StakeholderRole> roles, int influence, int interest, int attitude,
              Coverage coverage) {
        TrackingToken token = next();
        deals.on(new StakeholderPlaced(opportunity, contact, null, influence, interest, roles, attitude, coverage, null), clock,
                token);
    }

    void removeSeat(UUID opportunity, UUID contact) {
        TrackingToken token = next();
        deals.on(new StakeholderRemoved(opportunity, contact), clock, token);
    }

    void reassign(UUID contact, UUID from, UUID to) {
        TrackingToken token = next();
        people.on(new ContactReassigned(contact, from, to), clock, token);
    }

    void endRelationship(UUID from, UUID relationship, LocalDate validTo, RelationshipEndCause cause, UUID causedBy) {
        TrackingToken token = next();
        people.on(new RelationshipEnded(from, relationship, validTo, cause, causedBy), 2, clock, token);
    }

    AccountMap map(UUID account, UUID opportunity, Instant asOf) {
        return maps.handle(new FindAccountMap(account, opportunity, asOf));
    }
}
