package io.kontor.command.opportunity;

import io.kontor.api.opportunity.EndStakeholderRole;
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

/**
 * Buying-center seats as links that stay inside one hierarchy: a buying center holds only people of the
 * opportunity's own hierarchy. A seat on an open opportunity whose contact and opportunity no longer
 * share a headquarters ends with {@code StakeholderRoleEnded}, which names where the contact is now. Every seat
 * lies inside one hierarchy, so after a subtree changed headquarters the split ones are those with the contact
 * or the opportunity inside the subtree and the other outside.
 */
@Component
public class StakeholderSeatLinks implements SplittableLinks {

    /** Seats on open opportunities of the given accounts: opportunity, contact, the contact's account (twice). */
    private static final String OPPORTUNITIES_MOVED = """
            SELECT s.opportunity_id, s.contact_id, c.account_id, c.account_id
            FROM opportunity_registry o
            JOIN stakeholder_registry s ON s.opportunity_id = o.opportunity_id
            JOIN contact_registry c ON c.contact_id = s.contact_id
            WHERE o.account_id IN (%s) AND o.status = 'OPEN'""";

    /** Seats of the given accounts' contacts on open opportunities: opportunity, contact, its account, the opportunity's. */
    private static final String CONTACTS_MOVED = """
            SELECT s.opportunity_id, s.contact_id, c.account_id, o.account_id
            FROM contact_registry c
            JOIN stakeholder_registry s ON s.contact_id = c.contact_id
            JOIN opportunity_registry o ON o.opportunity_id = s.opportunity_id AND o.status = 'OPEN'
            WHERE c.account_id IN (%s)""";

    private final JdbcTemplate jdbc;
    private final Hierarchies hierarchies;

    public StakeholderSeatLinks(JdbcTemplate jdbc, Hierarchies hierarchies) {
        this.jdbc = jdbc;
        this.hierarchies = hierarchies;
    }

    @Override
    public List<Object> endingsAfter(SubtreeMoved move) {
        List<EndStakeholderRole> endings = new ArrayList<>();
        IdLists.inChunks(move.subtree(), chunk -> {
            String in = IdLists.placeholders(chunk.size());
            for (String query : List.of(OPPORTUNITIES_MOVED.formatted(in), CONTACTS_MOVED.formatted(in))) {
                jdbc.query(query, rs -> {
                    if (!move.subtree().contains(rs.getObject(4, UUID.class))) {
                        endings.add(new EndStakeholderRole(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                                rs.getObject(3, UUID.class)));
                    }
                }, chunk.toArray());
            }
        });
        return endings.stream().distinct()
                .sorted(Comparator.comparing(EndStakeholderRole::opportunityId).thenComparing(EndStakeholderRole::contactId))
                .map(Object.class::cast).toList();
    }

    @Override
    public List<Object> endingsAfter(ContactMoved move) {
        // Read first, decide after: deciding reads the registry again (a walk up to a headquarters).
        List<Object[]> seats = jdbc.query("""
                SELECT s.opportunity_id, o.account_id FROM stakeholder_registry s
                JOIN opportunity_registry o ON o.opportunity_id = s.opportunity_id AND o.status = 'OPEN'
                WHERE s.contact_id = ? ORDER BY s.opportunity_id""", (rs, row) -> new Object[]{rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class)}, move.contactId());
        return seats.stream().filter(seat -> !hierarchies.headquartersOf((UUID) seat[1]).equals(move.toHeadquartersId()))
                .map(seat -> (Object) new EndStakeholderRole((UUID) seat[0], move.contactId(), move.toAccountId())).toList();
    }
}
