package io.kontor.query.map;

import io.kontor.api.account.AccountClosed;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountProfileUpdated;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.common.PersonalData;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactErased;
import io.kontor.api.contact.ContactReassigned;
import io.kontor.api.contact.ContactUpdated;
import io.kontor.api.relationship.RelationshipAdded;
import io.kontor.api.relationship.RelationshipEnded;
import io.kontor.api.relationship.RelationshipUpdated;
import io.kontor.query.projection.EntityRows;
import io.kontor.query.projection.EntityTable;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The people side of the account map: accounts (their parent, name and status, over time), contacts
 * (which account, names, job title, over time) and the relationships between them (as they are now, and
 * over time: from the event that recorded one to the event that ended it). A move changes the parent of the
 * account moved; which accounts a hierarchy held at an instant is the reader's walk down those parents.
 */
class MapPeopleProjection {

    private final Periods accounts;
    private final Periods contacts;
    private final EntityRows relationships;
    private final Periods periods;

    /** Live: into the tables the connection points at. */
    static MapPeopleProjection live(JdbcTemplate jdbc) {
        return new MapPeopleProjection(MapShapes.ACCOUNTS.live(jdbc), MapShapes.CONTACTS.live(jdbc),
                new EntityTable(jdbc, MapShapes.RELATIONSHIPS), MapShapes.RELATIONSHIP_PERIODS.live(jdbc));
    }

    MapPeopleProjection(Periods accounts, Periods contacts, EntityRows relationships, Periods periods) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.relationships = relationships;
        this.periods = periods;
    }

    @EventHandler
    public void on(AccountOpened event, @Timestamp Instant at, TrackingToken token) {
        Map<String, Object> values = new HashMap<>();
        values.put("parent_id", event.parentId());
        values.put("name", event.profile().name());
        values.put("status", "OPEN");
        accounts.begin(List.of(event.accountId()), MapPositions.of(token), at, values);
    }

    @EventHandler
    public void on(AccountProfileUpdated event, @Timestamp Instant at, TrackingToken token) {
        accounts.change(List.of(event.accountId()), MapPositions.of(token), at, Map.of("name", event.profile().name()));
    }

    @EventHandler
    public void on(AccountClosed event, @Timestamp Instant at, TrackingToken token) {
        accounts.change(List.of(event.accountId()), MapPositions.of(token), at, Map.of("status", "CLOSED"));
    }

    /**
     * The account hangs under its new parent from now on. Its subtree follows without a row of its own: a
     * reader walks down the parents, so a move of 10,000 accounts begins one period, not 10,000.
     */
    @EventHandler
    public void on(AccountMovedInHierarchy event, @Timestamp Instant at, TrackingToken token) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("parent_id", event.toParentId());
        accounts.change(List.of(event.accountId()), MapPositions.of(token), at, changes);
    }

    @EventHandler
    public void on(ContactAdded event, @Timestamp Instant at, TrackingToken token) {
        Map<String, Object> values = names(event.details());
        values.put("account_id", event.accountId());
        contacts.begin(List.of(event.contactId()), MapPositions.of(token), at, values);
    }

    @EventHandler
    public void on(ContactUpdated event, @Timestamp Instant at, TrackingToken token) {
        contacts.change(List.of(event.contactId()), MapPositions.of(token), at, names(event.details()));
    }

    @EventHandler
    public void on(ContactReassigned event, @Timestamp Instant at, TrackingToken token) {
        contacts.change(List.of(event.contactId()), MapPositions.of(token), at, Map.of("account_id", event.toAccountId()));
    }

    @EventHandler
    public void on(RelationshipAdded event, @SequenceNumber long sequence, @Timestamp Instant at, TrackingToken token) {
        Map<String, Object> values = new HashMap<>();
        values.put("from_contact_id", event.contactId());
        values.put("type", event.type().name());
        values.put("to_contact_id", event.toContactId());
        values.put("to_account_id", event.toAccountId());
        values.put("strength", event.strength());
        values.put("sentiment", event.sentiment());
        values.put("starts_on", event.validFrom());
        values.put("note", event.note());
        relationships.insert(event.relationshipId(), sequence, values);
        periods.begin(List.of(event.relationshipId()), MapPositions.of(token), at, values);
    }

    @EventHandler
    public void on(RelationshipUpdated event, @SequenceNumber long sequence, @Timestamp Instant at, TrackingToken token) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("strength", event.strength());
        changes.put("sentiment", event.sentiment());
        changes.put("note", event.note());
        relationships.update(event.relationshipId(), sequence, changes);
        periods.change(List.of(event.relationshipId()), MapPositions.of(token), at, changes);
    }

    @EventHandler
    public void on(RelationshipEnded event, @SequenceNumber long sequence, @Timestamp Instant at, TrackingToken token) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("ends_on", event.validTo());
        changes.put("end_cause", event.cause().name());
        relationships.update(event.relationshipId(), sequence, changes);
        periods.end(List.of(event.relationshipId()), MapPositions.of(token), at);
    }

    /**
     * An erased contact's names and job title, and the notes of its relationships, read "[erased]" in every
     * period, so neither the map nor an {@code asOf} map shows them.
     */
    @EventHandler
    public void on(ContactErased event) {
        Map<String, Object> note = Map.of("note", PersonalData.ERASED);
        contacts.rewriteAll(List.of(event.contactId()), Map.of("first_name", PersonalData.ERASED, "last_name", PersonalData.ERASED),
                Map.of("job_title", PersonalData.ERASED));
        for (UUID relationship : relationships.idsWhere("from_contact_id", event.contactId())) {
            periods.rewriteAll(List.of(relationship), Map.of(), note);
            relationships.rewrite(relationship, Map.of(), note);
        }
    }

    private static Map<String, Object> names(ContactDetails details) {
        Map<String, Object> values = new HashMap<>();
        values.put("first_name", details.firstName());
        values.put("last_name", details.lastName());
        values.put("job_title", details.jobTitle());
        return values;
    }
}
