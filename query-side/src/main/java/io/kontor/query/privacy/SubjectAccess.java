package io.kontor.query.privacy;

import io.kontor.api.common.EmailAddresses;
import io.kontor.api.common.NotFoundException;
import io.kontor.api.contact.FindContact;
import io.kontor.api.lead.FindLead;
import io.kontor.api.relationship.Relationship;
import io.kontor.api.map.ContactRelationships;
import io.kontor.api.map.FindContactRelationships;
import io.kontor.query.audit.AuditController;
import io.kontor.query.audit.StoredEvents;
import io.kontor.query.contact.ContactQueries;
import io.kontor.query.lead.LeadQueries;
import io.kontor.query.map.AccountMaps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The right of access: finds every contact and lead that is the person asked for (the same email, or a lead
 * and the contact it became, as an erasure does) and gathers what Kontor holds about each.
 */
@Component
public class SubjectAccess {

    private final JdbcTemplate jdbc;
    private final ContactQueries contacts;
    private final LeadQueries leads;
    private final StoredEvents events;
    private final AccountMaps maps;

    public SubjectAccess(JdbcTemplate jdbc, ContactQueries contacts, LeadQueries leads, StoredEvents events, AccountMaps maps) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.leads = leads;
        this.events = events;
        this.maps = maps;
    }

    /** By exactly one of email, contact id or lead id; an unknown id is 404, an unknown email an empty report. */
    public SubjectReport report(String email, UUID contactId, UUID leadId) {
        Set<UUID> subjects = new TreeSet<>();
        Deque<Object> next = new ArrayDeque<>();
        for (UUID id : new UUID[]{contactId, leadId}) {
            if (id != null) {
                if (kindOf(id) == null) {
                    throw new NotFoundException(id.equals(contactId) ? "contact" : "lead", id);
                }
                next.add(id);
            }
        }
        if (email != null) {
            next.add(EmailAddresses.key(email));
        }
        Set<String> emails = new TreeSet<>();
        while (!next.isEmpty()) {
            Object item = next.poll();
            if (item instanceof String address && emails.add(address)) {
                next.addAll(jdbc.queryForList("SELECT subject_id FROM data_subject WHERE email_key = ?", UUID.class, address));
            } else if (item instanceof UUID id && subjects.add(id)) {
                jdbc.query("SELECT email_key, contact_id FROM data_subject WHERE subject_id = ?", rs -> {
                    if (rs.getString(1) != null) {
                        next.add(rs.getString(1));
                    }
                    if (rs.getObject(2) != null) {
                        next.add(rs.getObject(2, UUID.class));
                    }
                }, id);
                next.addAll(jdbc.queryForList("SELECT subject_id FROM data_subject WHERE contact_id = ?", UUID.class, id));
            }
        }
        List<SubjectReport.ContactRecord> contactRecords = new ArrayList<>();
        List<SubjectReport.LeadRecord> leadRecords = new ArrayList<>();
        for (UUID id : subjects) {
            if (PrivacyProjection.CONTACT.equals(kindOf(id))) {
                contacts.handle(new FindContact(id)).ifPresent(contact -> contactRecords.add(new SubjectReport.ContactRecord(
                        contact, accountName(contact.accountId()), legalHold(id), erasure(id), seats(id), relationships(id),
                        history(id))));
            } else {
                leads.handle(new FindLead(id)).ifPresent(lead -> leadRecords.add(new SubjectReport.LeadRecord(lead, erasure(id),
                        history(id))));
            }
        }
        return new SubjectReport(email, contactRecords, leadRecords, Instant.now());
    }

    private String kindOf(UUID id) {
        return jdbc.queryForList("SELECT kind FROM data_subject WHERE subject_id = ?", String.class, id).stream()
                .findFirst().orElse(null);
    }

    private String accountName(UUID accountId) {
        return jdbc.queryForList("SELECT name FROM account_view WHERE id = ?", String.class, accountId).stream()
                .findFirst().orElse(null);
    }

    private SubjectReport.LegalHold legalHold(UUID contactId) {
        return jdbc.query("SELECT legal_hold, hold_placed_by, hold_placed_at FROM data_subject WHERE subject_id = ? "
                        + "AND legal_hold IS NOT NULL", (rs, row) -> new SubjectReport.LegalHold(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()), contactId).stream().findFirst().orElse(null);
    }

    private SubjectReport.ErasureNote erasure(UUID subject) {
        return jdbc.query("SELECT erasure_id, reason, erased_by, erased_at FROM erasure_record WHERE subject_id = ?",
                (rs, row) -> new SubjectReport.ErasureNote(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()), subject).stream().findFirst().orElse(null);
    }

    private List<SubjectReport.Seat> seats(UUID contactId) {
        return jdbc.query("SELECT s.opportunity_id, o.name, o.account_id, s.role, s.influence, s.interest "
                        + "FROM opportunity_stakeholder s LEFT JOIN opportunity_view o ON o.id = s.opportunity_id "
                        + "WHERE s.contact_id = ? ORDER BY s.opportunity_id",
                (rs, row) -> new SubjectReport.Seat(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getInt(5), rs.getInt(6)), contactId);
    }

    /** Its relationships to people and former employers, and other people's to it, ended ones included. */
    private List<Relationship> relationships(UUID contactId) {
        ContactRelationships found;
        try {
            found = maps.handle(new FindContactRelationships(contactId, true));
        } catch (NotFoundException notOnTheMapYet) {
            return List.of();
        }
        List<Relationship> all = new ArrayList<>(found.outgoing());
        all.addAll(found.incoming());
        return all;
    }

    private List<Map<String, Object>> history(UUID aggregateId) {
        return events.ofAggregate(aggregateId.toString(), 0, Integer.MAX_VALUE).stream().map(AuditController::render).toList();
    }
}
