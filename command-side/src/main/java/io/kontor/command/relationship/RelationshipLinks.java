package io.kontor.command.relationship;

import io.kontor.api.relationship.EndRelationship;
import io.kontor.api.relationship.RelationshipEndCause;
import io.kontor.api.relationship.RelationshipRules;
import io.kontor.command.hierarchy.ContactMoved;
import io.kontor.command.hierarchy.SplittableLinks;
import io.kontor.command.hierarchy.SubtreeMoved;
import io.kontor.platform.persistence.IdLists;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Relationships between two people as links that stay inside one hierarchy: a current one whose two
 * people no longer share a headquarters ends, in the source contact's history, as of today and with
 * the cause ({@code ACCOUNT_MOVED} or {@code CONTACT_REASSIGNED}) and what moved. {@code FORMER_EMPLOYEE_OF}
 * points at an account and is never split.
 */
@Component
public class RelationshipLinks implements SplittableLinks {

    /** Current relationships from or to the given people whose other end is now under another headquarters. */
    private static final String SPLIT = """
            SELECT r.relationship_id, r.from_contact_id FROM contact_registry c
            JOIN relationship_registry r ON r.from_contact_id = c.contact_id
            JOIN contact_registry t ON t.contact_id = r.to_contact_id
            JOIN account_registry ta ON ta.account_id = t.account_id
            WHERE c.%1$s AND ta.headquarters_id <> ?
            UNION ALL
            SELECT r.relationship_id, r.from_contact_id FROM contact_registry c
            JOIN relationship_registry r ON r.to_contact_id = c.contact_id
            JOIN contact_registry f ON f.contact_id = r.from_contact_id
            JOIN account_registry fa ON fa.account_id = f.account_id
            WHERE c.%1$s AND fa.headquarters_id <> ?""";

    private final JdbcTemplate jdbc;

    public RelationshipLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Object> endingsAfter(SubtreeMoved move) {
        List<EndRelationship> endings = new ArrayList<>();
        IdLists.inChunks(move.subtree(), chunk -> {
            List<Object> arguments = new ArrayList<>(chunk);
            arguments.add(move.toHeadquartersId());
            arguments.addAll(chunk);
            arguments.add(move.toHeadquartersId());
            endings.addAll(split("account_id IN (" + IdLists.placeholders(chunk.size()) + ")", arguments,
                    RelationshipEndCause.ACCOUNT_MOVED, move.accountId()));
        });
        return sorted(endings);
    }

    @Override
    public List<Object> endingsAfter(ContactMoved move) {
        return sorted(split("contact_id = ?", List.of(move.contactId(), move.toHeadquartersId(), move.contactId(),
                move.toHeadquartersId()), RelationshipEndCause.CONTACT_REASSIGNED, move.contactId()));
    }

    private List<EndRelationship> split(String people, List<Object> arguments, RelationshipEndCause cause, UUID causedBy) {
        return jdbc.query(SPLIT.formatted(people), (rs, row) -> new EndRelationship(rs.getObject(2, UUID.class),
                rs.getObject(1, UUID.class), RelationshipRules.today(), cause, causedBy), arguments.toArray());
    }

    private static List<Object> sorted(List<EndRelationship> endings) {
        return endings.stream().distinct()
                .sorted(Comparator.comparing(EndRelationship::contactId).thenComparing(EndRelationship::relationshipId))
                .map(Object.class::cast).toList();
    }
}
