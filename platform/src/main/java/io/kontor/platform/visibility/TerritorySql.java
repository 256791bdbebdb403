package io.kontor.platform.visibility;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
    /** Above this many candidates one read of the scope's accounts is cheaper than an IN list of the candidates. */
    private static final int LARGEST_ID_LIST = 500;

    private final JdbcTemplate jdbc;

    public TerritorySql(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The territories named so at the instant, with every territory below them then. */
    Set<UUID> territoriesWithDescendants(Collection<String> names, Instant at) {
        Map<UUID, List<UUID>> children = new HashMap<>();
        List<UUID> named = new ArrayList<>();
        Set<String> wanted = new HashSet<>(names);
        jdbc.query("SELECT territory_id, name, parent_id FROM " + VERSIONS + " WHERE" + HOLDS_AT, rs -> {
            UUID id = rs.getObject(1, UUID.class);
            if (wanted.contains(rs.getString(2))) {
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
                + placeholders(territories.size()) + ") AND" + HOLDS_AT + ")", arguments);
    }

    /** Which of the accounts are assigned to one of the territories at the instant. */
    Set<UUID> assignedAmong(Collection<UUID> accounts, Set<UUID> territories, Instant at) {
        if (accounts.isEmpty() || territories.isEmpty()) {
            return Set.of();
        }
        List<Object> arguments = new ArrayList<>(territories);
        arguments.add(utc(at));
        arguments.add(utc(at));
        String sql = "SELECT account_id FROM " + ASSIGNMENTS + " WHERE territory_id IN (" + placeholders(territories.size())
                + ") AND" + HOLDS_AT;
        Set<UUID> candidates = accounts instanceof Set<UUID> set ? set : new HashSet<>(accounts);
        if (candidates.size() <= LARGEST_ID_LIST) {
            sql += " AND account_id IN (" + placeholders(candidates.size()) + ")";
            arguments.addAll(candidates);
        }
        Set<UUID> visible = new HashSet<>();
        jdbc.query(sql, rs -> {
            UUID id = rs.getObject(1, UUID.class);
            if (candidates.contains(id)) {
                visible.add(id);
            }
        }, arguments.toArray());
        return visible;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
