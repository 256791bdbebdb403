package io.kontor.query.map;

import io.kontor.api.map.MapAccount;
import io.kontor.api.map.MapOpportunity;
import io.kontor.api.map.MapReview;
import io.kontor.api.opportunity.Coverage;
import io.kontor.api.opportunity.Raci;
import io.kontor.api.opportunity.Stakeholder;
import io.kontor.api.opportunity.StakeholderRoles;
import io.kontor.api.relationship.Relationship;
import io.kontor.api.relationship.RelationshipType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.kontor.query.map.MapTables.ACCOUNTS;
import static io.kontor.query.map.MapTables.CONTACTS;
import static io.kontor.query.map.MapTables.OPPORTUNITIES;
import static io.kontor.query.map.MapTables.RELATIONSHIPS;
import static io.kontor.query.map.MapTables.RELATIONSHIP_PERIODS;
import static io.kontor.query.map.MapTables.REVIEWS;
import static io.kontor.query.map.MapTables.SEATS;

/**
 * Reads what a map shows, now or as it stood at an instant: a handful of indexed reads, each bounded by
 * the hierarchy asked for (its accounts by a walk down their parents, their contacts by account, those contacts'
 * relationships by source), never by the whole read model.
 */
@Component
class MapReader {

    /** Deeper than any hierarchy (the command side refuses cycles); only a corrupt read model would reach it. */
    private static final int MAX_DEPTH = 10_000;

    private final JdbcTemplate jdbc;

    MapReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An instant to read at: {@code null} reads the current periods. */
    record At(Instant instant) {

        /** The condition "valid at this instant" on the periods of table alias {@code t}, and its arguments. */
        String valid(String t) {
            return instant == null ? t + ".valid_to IS NULL" : t + ".valid_from <= ? AND (" + t + ".valid_to IS NULL OR "
                    + t + ".valid_to > ?)";
        }

        List<Object> arguments() {
            if (instant == null) {
                return List.of();
            }
            OffsetDateTime at = instant.atOffset(ZoneOffset.UTC);
            return List.of(at, at);
        }
    }

    record Person(UUID contactId, UUID accountId, String firstName, String lastName, String jobTitle) {
    }

    /** The top of the account's hierarchy at the instant: a walk up its parents then (empty if the account did not exist). */
    Optional<UUID> headquartersOf(UUID accountId, At at) {
        return jdbc.queryForList("WITH RECURSIVE up (account_id, parent_id, depth) AS (SELECT a.account_id, a.parent_id, 0 FROM "
                        + ACCOUNTS + " a WHERE a.account_id = ? AND " + at.valid("a") + " UNION ALL SELECT a.account_id, a.parent_id, "
                        + "u.depth + 1 FROM " + ACCOUNTS + " a JOIN up u ON a.account_id = u.parent_id AND " + at.valid("a")
                        + " WHERE u.depth < " + MAX_DEPTH + ") SELECT account_id FROM up ORDER BY depth DESC FETCH FIRST 1 ROWS ONLY",
                UUID.class, concat(concat(List.of(accountId), at.arguments()), at.arguments()).toArray()).stream().findFirst();
    }

    List<MapAccount> accountsOf(UUID headquartersId, At at) {
        return jdbc.query(members(at) + "SELECT a.account_id, a.name, a.parent_id, a.status FROM members m JOIN " + ACCOUNTS
                + " a ON a.account_id = m.account_id AND " + at.valid("a"), (rs, row) -> account(rs, true),
                concat(membersArguments(headquartersId, at), at.arguments()).toArray());
    }

    List<MapAccount> accounts(Collection<UUID> ids, At at) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>(ids);
        return jdbc.query("SELECT a.account_id, a.name, a.parent_id, a.status FROM " + ACCOUNTS + " a WHERE a.account_id IN ("
                + marks(ids.size()) + ") AND " + at.valid("a"), (rs, row) -> account(rs, false), arguments(arguments, at));
    }

    List<Person> peopleOf(UUID headquartersId, At at) {
        return jdbc.query(members(at) + "SELECT c.contact_id, c.account_id, c.first_name, c.last_name, c.job_title FROM members m JOIN "
                        + CONTACTS + " c ON c.account_id = m.account_id AND " + at.valid("c"),
                (rs, row) -> new Person(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getString(5)), concat(membersArguments(headquartersId, at), at.arguments()).toArray());
    }

    /** The relationships from the hierarchy's people that were current at the instant, as they were then. */
    List<Relationship> relationshipsOf(UUID headquartersId, At at) {
        return jdbc.query(members(at) + "SELECT r.relationship_id, r.from_contact_id, r.type, r.to_contact_id, r.to_account_id, "
                        + "r.strength, r.sentiment, r.starts_on, NULL, r.note FROM members m JOIN " + CONTACTS + " c ON c.account_id = "
                        + "m.account_id AND " + at.valid("c") + " JOIN " + RELATIONSHIP_PERIODS + " r ON r.from_contact_id = "
                        + "c.contact_id AND " + at.valid("r"), (rs, row) -> relationship(rs),
                concat(concat(membersArguments(headquartersId, at), at.arguments()), at.arguments()).toArray());
    }

    /** A contact's relationships, as source ({@code outgoing}) or as target. */
    List<Relationship> relationshipsOf(UUID contactId, boolean outgoing, boolean includeEnded) {
        return jdbc.query("SELECT relationship_id, from_contact_id, type, to_contact_id, to_account_id, strength, sentiment, "
                + "starts_on, ends_on, note FROM " + RELATIONSHIPS + " r WHERE " + (outgoing ? "from_contact_id" : "to_contact_id")
                + " = ?" + (includeEnded ? "" : " AND ends_on IS NULL") + " ORDER BY starts_on, relationship_id",
                (rs, row) -> relationship(rs), contactId);
    }

    boolean contactExists(UUID contactId) {
        return !jdbc.queryForList("SELECT contact_id FROM " + CONTACTS + " WHERE contact_id = ? AND valid_to IS NULL", UUID.class,
                contactId).isEmpty();
    }

    List<Stakeholder> seatsOf(UUID opportunityId, At at) {
        return jdbc.query("SELECT s.contact_id, s.roles, s.influence, s.interest, s.attitude, s.coverage, s.raci FROM " + SEATS
                + " s WHERE s.opportunity_id = ? AND " + at.valid("s"), (rs, row) -> {
                    String raci = rs.getString(7);
                    return new Stakeholder(rs.getObject(1, UUID.class), null, StakeholderRoles.parse(rs.getString(2)), rs.getInt(3),
                            rs.getInt(4), rs.getInt(5), Coverage.valueOf(rs.getString(6)), raci == null ? null : Raci.valueOf(raci));
                }, arguments(List.of(opportunityId), at));
    }

    /** The opportunity, if it was open by then; its status is today's. */
    Optional<MapOpportunity> opportunity(UUID opportunityId, At at) {
        OffsetDateTime until = (at.instant() == null ? Instant.now() : at.instant()).atOffset(ZoneOffset.UTC);
        return jdbc.query("SELECT opportunity_id, name, account_id, status FROM " + OPPORTUNITIES
                        + " WHERE opportunity_id = ? AND opened_at <= ?", (rs, row) -> new MapOpportunity(rs.getObject(1, UUID.class),
                        rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4)), opportunityId, until)
                .stream().findFirst();
    }

    /** The latest review of any account of the hierarchy, up to the instant. */
    Optional<MapReview> lastReviewOf(UUID headquartersId, At at) {
        OffsetDateTime until = (at.instant() == null ? Instant.now() : at.instant()).atOffset(ZoneOffset.UTC);
        return jdbc.query(members(at) + "SELECT r.review_id, r.account_id, r.reviewed_at, r.reviewed_by, r.note FROM members m JOIN "
                        + REVIEWS + " r ON r.account_id = m.account_id AND r.reviewed_at <= ?"
                        + " ORDER BY r.reviewed_at DESC, r.review_id FETCH FIRST 1 ROWS ONLY",
                (rs, row) -> review(rs), concat(membersArguments(headquartersId, at), List.of(until)).toArray()).stream().findFirst();
    }

    /** Every review of the hierarchy's present accounts, latest first. */
    List<MapReview> reviewsOf(UUID headquartersId) {
        At now = new At(null);
        return jdbc.query(members(now) + "SELECT r.review_id, r.account_id, r.reviewed_at, r.reviewed_by, r.note FROM members m JOIN "
                + REVIEWS + " r ON r.account_id = m.account_id ORDER BY r.reviewed_at DESC, r.review_id", (rs, row) -> review(rs),
                membersArguments(headquartersId, now).toArray());
    }

    private static MapReview review(ResultSet rs) throws SQLException {
        return new MapReview(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5));
    }

    private static MapAccount account(ResultSet rs, boolean inHierarchy) throws SQLException {
        return new MapAccount(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4), inHierarchy);
    }

    private static Relationship relationship(ResultSet rs) throws SQLException {
        return new Relationship(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), RelationshipType.valueOf(rs.getString(3)),
                rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getInt(6), rs.getInt(7),
                rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getString(10));
    }

    /**
     * The hierarchy under the headquarters at the instant, as a table {@code members (account_id)}: a walk down
     * the parents valid then ({@code ix_map_account_parent}), the headquarters included; the depth bound stops a cycle.
     */
    private static String members(At at) {
        return "WITH RECURSIVE members (account_id, depth) AS (SELECT CAST(? AS UUID), 0 UNION ALL SELECT a.account_id, m.depth + 1"
                + " FROM " + ACCOUNTS + " a JOIN members m ON a.parent_id = m.account_id AND " + at.valid("a") + " WHERE m.depth < "
                + MAX_DEPTH + ") ";
    }

    private static List<Object> membersArguments(UUID headquartersId, At at) {
        return concat(List.of(headquartersId), at.arguments());
    }

    /** The leading arguments, then the instant's (for the last {@code valid} condition). */
    private static Object[] arguments(List<Object> leading, At at) {
        return concat(leading, at.arguments()).toArray();
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
