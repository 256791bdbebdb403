package io.kontor.command.opportunity;

import io.kontor.api.opportunity.EndStakeholderRole;
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
 * Buying-center seats as links that stay inside one hierarchy: a buying center holds only people of the
 * opportunity's own hierarchy. A seat on an open opportunity whose contact and opportunity no longer
 * share a headquarters ends with {@code StakeholderRoleEnded}, which names where the contact is now.
 */
@Component
public class StakeholderSeatLinks implements SplittableLinks {

    /** Seats on open opportunities of the moved accounts whose contact is now under another headquarters. */
    private static final String OPPORTUNITIES_MOVED = """
            SELECT s.opportunity_id, s.contact_id, c.account_id
            FROM opportunity_registry o
            JOIN stakeholder_registry s ON s.opportunity_id = o.opportunity_id
            JOIN contact_registry c ON c.contact_id = s.contact_id
            JOIN account_registry ca ON ca.account_id = c.account_id
            WHERE o.account_id IN (%s) AND o.status = 'OPEN' AND ca.headquarters_id <> ?""";

    /** Seats of the moved accounts' contacts on open opportunities now under another headquarters. */
    private static final String CONTACTS_MOVED = """
            SELECT s.opportunity_id, s.contact_id, c.account_id
            FROM contact_registry c
            JOIN stakeholder_registry s ON s.contact_id = c.contact_id
            JOIN opportunity_registry o ON o.opportunity_id = s.opportunity_id AND o.status = 'OPEN'
            JOIN account_registry oa ON oa.account_id = o.account_id
            WHERE c.account_id IN (%s) AND oa.headquarters_id <> ?""";

    private final JdbcTemplate jdbc;

    public StakeholderSeatLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Object> endingsAfter(SubtreeMoved move) {
        List<EndStakeholderRole> endings = new ArrayList<>();
        IdLists.inChunks(move.subtree(), chunk -> {
            List<Object> arguments = new ArrayList<>(chunk);
            arguments.add(move.toHeadquartersId());
            String in = IdLists.placeholders(chunk.size());
            for (String query : List.of(OPPORTUNITIES_MOVED.formatted(in), CONTACTS_MOVED.formatted(in))) {
                endings.addAll(jdbc.query(query, (rs, row) -> new EndStakeholderRole(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)), arguments.toArray()));
            }
        });
        return endings.stream().distinct()
                .sorted(Comparator.comparing(EndStakeholderRole::opportunityId).thenComparing(EndStakeholderRole::contactId))
                .map(Object.class::cast).toList();
    }

    @Override
    public List<Object> endingsAfter(ContactMoved move) {
        return jdbc.queryForList("""
                        SELECT s.opportunity_id FROM stakeholder_registry s
                        JOIN opportunity_registry o ON o.opportunity_id = s.opportunity_id AND o.status = 'OPEN'
                        JOIN account_registry oa ON oa.account_id = o.account_id
                        WHERE s.contact_id = ? AND oa.headquarters_id <> ? ORDER BY s.opportunity_id""",
                        UUID.class, move.contactId(), move.toHeadquartersId()).stream()
                .map(opportunityId -> (Object) new EndStakeholderRole(opportunityId, move.contactId(), move.toAccountId()))
                .toList();
    }
}
