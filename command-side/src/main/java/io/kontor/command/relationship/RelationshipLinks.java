package io.kontor.command.relationship;

import io.kontor.api.relationship.EndRelationship;
import io.kontor.api.relationship.RelationshipEndCause;
import io.kontor.api.relationship.RelationshipRules;
import io.kontor.command.hierarchy.ContactMoved;
import io.kontor.command.hierarchy.Hierarchies;
import io.kontor.command.hierarchy.SplittableLinks;
import io.kontor.command.hierarchy.SubtreeMoved;
import io.kontor.platform.persistence.IdLists;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Relationships between two people as links that stay inside one hierarchy: a current one whose two
 * people no longer share a headquarters ends, in the source contact's history, as of today and with
 * the cause ({@code ACCOUNT_MOVED} or {@code CONTACT_REASSIGNED}) and what moved. {@code FORMER_EMPLOYEE_OF}
 * points at an account and is never split. Every current relationship lies inside one hierarchy, so after a
 * subtree changed headquarters the split ones are those with one person inside the subtree and one outside.
 */
@Component
public class RelationshipLinks implements SplittableLinks {

    /** Current relationships from or to the given people, with the account of the person at the other end. */
    private static final String OF_PEOPLE = """
            SELECT r.relationship_id, r.from_contact_id, t.account_id FROM contact_registry c
            JOIN relationship_registry r ON r.from_contact_id = c.contact_id
            JOIN contact_registry t ON t.contact_id = r.to_contact_id
            WHERE c.%1$s
            UNION ALL
            SELECT r.relationship_id, r.from_contact_id, f.account_id FROM contact_registry c
            JOIN relationship_registry r ON r.to_contact_id = c.contact_id
            JOIN contact_registry f ON f.contact_id = r.from_contact_id
            WHERE c.%1$s""";

    private final JdbcTemplate jdbc;
    private final Hierarchies hierarchies;

    public RelationshipLinks(JdbcTemplate jdbc, Hierarchies hierarchies) {
        this.jdbc = jdbc;
        this.hierarchies = hierarchies;
    }

    @Override
    public List<Object> endingsAfter(SubtreeMoved move) {
        List<EndRelationship> endings = new ArrayList<>();
        IdLists.inChunks(move.subtree(), chunk -> {
            List<Object> arguments = new ArrayList<>(chunk);
            arguments.addAll(chunk);
            endings.addAll(split("account_id IN (" + IdLists.placeholders(chunk.size()) + ")", arguments,
                    otherAccount -> !move.subtree().contains(otherAccount), RelationshipEndCause.ACCOUNT_MOVED, move.accountId()));
        });
        return sorted(endings);
    }

    @Override
    public List<Object> endingsAfter(ContactMoved move) {
        return sorted(split("contact_id = ?", List.of(move.contactId(), move.contactId()),
                otherAccount -> !hierarchies.headquartersOf(otherAccount).equals(move.toHeadquartersId()),
                RelationshipEndCause.CONTACT_REASSIGNED, move.contactId()));
    }

    private List<EndRelationship> split(String people, List<Object> arguments, Predicate<UUID> outside,
                                        RelationshipEndCause cause, UUID causedBy) {
        // Read first, decide after: deciding may read the registry again (a walk up to a headquarters).
        List<Object[]> links = jdbc.query(OF_PEOPLE.formatted(people), (rs, row) -> new Object[]{rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)}, arguments.toArray());
        return links.stream().filter(link -> outside.test((UUID) link[2])).map(link -> new EndRelationship((UUID) link[1],
                (UUID) link[0], RelationshipRules.today(), cause, causedBy)).toList();
    }

    private static List<Object> sorted(List<EndRelationship> endings) {
        return endings.stream().distinct()
                .sorted(Comparator.comparing(EndRelationship::contactId).thenComparing(EndRelationship::relationshipId))
                .map(Object.class::cast).toList();
    }
}
