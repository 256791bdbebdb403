package io.kontor.command.account;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which buying-center seats a move of a subtree splits: a buying center holds only people of the
 * opportunity's own hierarchy, so a seat whose contact and opportunity end up under different
 * headquarters must end (see {@link AccountMove}). Read in the move's transaction, after the
 * {@link AccountRegistry} recorded the move, under its hierarchy lock.
 */
@Component
public class BuyingCenterSplits {

    /** The accounts of the subtree rooted at the parameter, itself included, as the CTE {@code subtree}. */
    private static final String SUBTREE = """
            WITH RECURSIVE subtree (account_id, depth) AS (
                SELECT account_id, 0 FROM account_registry WHERE account_id = ?
                UNION ALL
                SELECT r.account_id, t.depth + 1 FROM account_registry r JOIN subtree t ON r.parent_id = t.account_id
                WHERE t.depth < 10000
            )
            """;

    private final JdbcTemplate jdbc;
    private final AccountRegistry accounts;

    public BuyingCenterSplits(JdbcTemplate jdbc, AccountRegistry accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /**
     * The buying-center seats a move of {@code movedAccountId}'s subtree has split, once the move is
     * registered: stakeholders on open opportunities with one side inside the subtree and the other
     * outside, now under different headquarters. A move within one tree splits none. The seats are
     * found from the subtree's accounts through the indexes, so the cost follows the subtree, not the
     * number of buying centers.
     */
    public List<SplitSeat> splitByMoveOf(UUID movedAccountId) {
        Set<UUID> subtree = new HashSet<>(jdbc.queryForList(SUBTREE + "SELECT account_id FROM subtree", UUID.class, movedAccountId));
        UUID headquarters = accounts.headquartersOf(movedAccountId);
        Map<UUID, UUID> headquartersOutside = new HashMap<>();
        return jdbc.query(SUBTREE + """
                        SELECT s.opportunity_id, s.contact_id, o.account_id AS opportunity_account, c.account_id AS contact_account
                        FROM subtree t
                        JOIN opportunity_registry o ON o.account_id = t.account_id AND o.status = 'OPEN'
                        JOIN stakeholder_registry s ON s.opportunity_id = o.opportunity_id
                        JOIN contact_registry c ON c.contact_id = s.contact_id
                        UNION
                        SELECT s.opportunity_id, s.contact_id, o.account_id, c.account_id
                        FROM subtree t
                        JOIN contact_registry c ON c.account_id = t.account_id
                        JOIN stakeholder_registry s ON s.contact_id = c.contact_id
                        JOIN opportunity_registry o ON o.opportunity_id = s.opportunity_id AND o.status = 'OPEN'""",
                (rs, row) -> new SplitSeat(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class)),
                movedAccountId).stream()
                .filter(seat -> subtree.contains(seat.opportunityAccountId()) != subtree.contains(seat.contactAccountId()))
                .filter(seat -> {
                    UUID outside = subtree.contains(seat.opportunityAccountId()) ? seat.contactAccountId() : seat.opportunityAccountId();
                    return !headquartersOutside.computeIfAbsent(outside, accounts::headquartersOf).equals(headquarters);
                })
                .sorted(Comparator.comparing(SplitSeat::opportunityId).thenComparing(SplitSeat::contactId))
                .toList();
    }

    /** A stakeholder's seat on an opportunity, with the accounts of both. */
    public record SplitSeat(UUID opportunityId, UUID contactId, UUID opportunityAccountId, UUID contactAccountId) {
    }
}
