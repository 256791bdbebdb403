package io.kontor.platform.visibility;

import io.kontor.platform.persistence.IdLists;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Every statement visibility sends to the territories read model (TERRITORY-CONTRACT.md): which territories a
 * scope names, with their sub-territories, and which accounts are assigned to them now. A version or an
 * assignment holds at T when {@code valid_from <= T < valid_to} (an open {@code valid_to} holds forever).
 */
@Component
public class TerritorySql {

    static final String VERSIONS = "territory_version";
    static final String ASSIGNMENTS = "territory_assignment";
    private static final String HOLDS_AT = " valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)";
    /** The most account ids one statement asks about. */
    private static final int LARGEST_ID_LIST = 500;

    private final JdbcTemplate jdbc;

    public TerritorySql(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The territories named so at the instant (case aside, as the territory registry keeps names unique), with every territory below them then. */
    Set<UUID> territoriesWithDescendants(Collection<String> names, Instant at) {
        Map<UUID, List<UUID>> children = new HashMap<>();
        List<UUID> named = new ArrayList<>();
        Set<String> wanted = new HashSet<>();
        names.forEach(name -> wanted.add(name.strip().toLowerCase(Locale.ROOT)));
        jdbc.query("SELECT territory_id, name, parent_id FROM " + VERSIONS + " WHERE" + HOLDS_AT, rs -> {
            UUID id = rs.getObject(1, UUID.class);
            if (wanted.contains(rs.getString(2).toLowerCase(Locale.ROOT))) {
                named.add(id);
            }
            UUID parent = rs.getObject(3, UUID.class);
            if (parent != null) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(id);
            }
        }, utc(at), utc(at));
        Set<UUID> reached = new HashSet<>(named);
        List<UUID> queue = new ArrayList<>(named);
        for (int i = 0; i < queue.size(); i++) {
            for (UUID child : children.getOrDefault(queue.get(i), List.of())) {
                if (reached.add(child)) {
                    queue.add(child);
                }
            }
        }
        return Set.copyOf(reached);
    }

    /** {@code column IN (the accounts assigned to the territories at the instant)}. */
    SqlCondition assigned(String column, Set<UUID> territories, Instant at) {
        if (territories.isEmpty()) {
            return new SqlCondition("1 = 0", List.of());
        }
        List<Object> arguments = new ArrayList<>(territories);
        arguments.add(utc(at));
        arguments.add(utc(at));
        return new SqlCondition(column + " IN (SELECT account_id FROM " + ASSIGNMENTS + " WHERE territory_id IN ("
                + IdLists.placeholders(territories.size()) + ") AND" + HOLDS_AT + ")", arguments);
    }

    /**
     * Which of the accounts are assigned to one of the territories at the instant: one indexed look-up per account
     * (by the assignment's key), in statements of at most {@value #LARGEST_ID_LIST} ids, so the cost follows the
     * accounts asked about, never the size of the territories.
     */
    Set<UUID> assignedAmong(Collection<UUID> accounts, Set<UUID> territories, Instant at) {
        Set<UUID> visible = new HashSet<>();
        if (accounts.isEmpty() || territories.isEmpty()) {
            return visible;
        }
        List<UUID> candidates = List.copyOf(accounts instanceof Set<UUID> set ? set : new HashSet<>(accounts));
        for (int from = 0; from < candidates.size(); from += LARGEST_ID_LIST) {
            List<UUID> chunk = candidates.subList(from, Math.min(candidates.size(), from + LARGEST_ID_LIST));
            List<Object> arguments = new ArrayList<>(chunk);
            arguments.addAll(territories);
            arguments.add(utc(at));
            arguments.add(utc(at));
            jdbc.query(assignedAmongSql(chunk.size(), territories.size()), rs -> {
                visible.add(rs.getObject(1, UUID.class));
            }, arguments.toArray());
        }
        return visible;
    }

    /** Which of so many accounts are in one of so many territories at an instant (arguments in that order, then the instant twice). */
    static String assignedAmongSql(int accounts, int territories) {
        return "SELECT account_id FROM " + ASSIGNMENTS + " WHERE account_id IN (" + IdLists.placeholders(accounts)
                + ") AND territory_id IN (" + IdLists.placeholders(territories) + ") AND" + HOLDS_AT;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
