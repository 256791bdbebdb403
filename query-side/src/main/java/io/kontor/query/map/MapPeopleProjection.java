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
import io.kontor.query.projection.RowVersions;
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

import static io.kontor.query.map.MapTables.ACCOUNTS;
import static io.kontor.query.map.MapTables.RELATIONSHIPS;

/**
 * The people side of the account map: accounts (their parent, name and status, over time), contacts
 * (which account, names, job title, over time) and the relationships between them (as they are now, and
 * over time: from the event that recorded one to the event that ended it). A move changes the parent of the
 * account moved; which accounts a hierarchy held at an instant is the reader's walk down those parents.
 */
class MapPeopleProjection {

    private final JdbcTemplate jdbc;
    private final MapPeriods accounts;
    private final MapPeriods contacts;
    private final RowVersions relationships;
    private final MapPeriods periods;

    MapPeopleProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.accounts = new MapPeriods(jdbc, ACCOUNTS, List.of("account_id"),
                List.of("parent_id", "name", "status"));
        this.contacts = new MapPeriods(jdbc, MapTables.CONTACTS, List.of("contact_id"),
                List.of("account_id", "first_name", "last_name", "job_title"));
        this.relationships = new RowVersions(jdbc, RELATIONSHIPS, "relationship_id");
        this.periods = new MapPeriods(jdbc, MapTables.RELATIONSHIP_PERIODS, List.of("relationship_id"), List.of("from_contact_id",
                "type", "to_contact_id", "to_account_id", "strength", "sentiment", "starts_on", "note"));
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
        if (relationships.of(event.relationshipId()) == null) {
            jdbc.update("INSERT INTO " + RELATIONSHIPS + " (relationship_id, from_contact_id, type, to_contact_id, to_account_id, "
                            + "strength, sentiment, starts_on, note, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    event.relationshipId(), event.contactId(), event.type().name(), event.toContactId(), event.toAccountId(),
                    event.strength(), event.sentiment(), event.validFrom(), event.note(), sequence);
        }
        Map<String, Object> values = new HashMap<>();
        values.put("from_contact_id", event.contactId());
        values.put("type", event.type().name());
        values.put("to_contact_id", event.toContactId());
        values.put("to_account_id", event.toAccountId());
        values.put("strength", event.strength());
        values.put("sentiment", event.sentiment());
        values.put("starts_on", event.validFrom());
        values.put("note", event.note());
        periods.begin(List.of(event.relationshipId()), MapPositions.of(token), at, values);
    }

    @EventHandler
    public void on(RelationshipUpdated event, @SequenceNumber long sequence, @Timestamp Instant at, TrackingToken token) {
        relationships.update(event.relationshipId(), sequence, "strength = ?, sentiment = ?, note = ?", event.strength(),
                event.sentiment(), event.note());
        Map<String, Object> changes = new HashMap<>();
        changes.put("strength", event.strength());
        changes.put("sentiment", event.sentiment());
        changes.put("note", event.note());
        periods.change(List.of(event.relationshipId()), MapPositions.of(token), at, changes);
    }

    @EventHandler
    public void on(RelationshipEnded event, @SequenceNumber long sequence, @Timestamp Instant at, TrackingToken token) {
        relationships.update(event.relationshipId(), sequence, "ends_on = ?, end_cause = ?", event.validTo(),
                event.cause().name());
        periods.end(List.of(event.relationshipId()), MapPositions.of(token), at);
    }

    /**
     * An erased contact's names and job title, and the notes of its relationships, read "[erased]" in every
     * period, so neither the map nor an {@code asOf} map shows them.
     */
    @EventHandler
    public void on(ContactErased event) {
        String ifSet = "CASE WHEN %1$s IS NULL THEN NULL ELSE ? END";
        contacts.rewriteAll(List.of(event.contactId()), "first_name = ?, last_name = ?, job_title = " + ifSet.formatted("job_title"),
                PersonalData.ERASED, PersonalData.ERASED, PersonalData.ERASED);
        for (UUID relationship : jdbc.queryForList("SELECT relationship_id FROM " + RELATIONSHIPS + " WHERE from_contact_id = ?",
                UUID.class, event.contactId())) {
            periods.rewriteAll(List.of(relationship), "note = " + ifSet.formatted("note"), PersonalData.ERASED);
        }
        jdbc.update("UPDATE " + RELATIONSHIPS + " SET note = " + ifSet.formatted("note") + " WHERE from_contact_id = ?",
                PersonalData.ERASED, event.contactId());
    }


    private static Map<String, Object> names(ContactDetails details) {
        Map<String, Object> values = new HashMap<>();
        values.put("first_name", details.firstName());
        values.put("last_name", details.lastName());
        values.put("job_title", details.jobTitle());
        return values;
    }
}
