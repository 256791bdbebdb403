package io.kontor.query.history;

import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountStatus;
import io.kontor.api.opportunity.OpportunityStatus;
import io.kontor.api.opportunity.Stage;
import io.kontor.platform.visibility.Scope;
import io.kontor.platform.visibility.Visibility;
import io.kontor.platform.persistence.IdLists;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Loads the world as it was at an instant from the version tables. A pipeline report needs every account of then
 * ({@link #at}: one indexed pass per table over the versions valid then); a hierarchy needs only the subtree
 * ({@link #subtreeAt}: walked down level by level through the parent and account indexes), so its cost follows
 * the tree's size, not the whole history's.
 */
@Component
public class PointInTime {

    private static final String VALID_AT = " WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)";
    private static final String ACCOUNT = "SELECT account_id, parent_id, status, name, kind, industry, country, region, "
            + "owner_id FROM account_history";
    private static final String OPPORTUNITY = "SELECT opportunity_id, account_id, status, stage, amount, currency, "
            + "probability FROM opportunity_history";

    private final JdbcTemplate jdbc;
    private final Visibility visibility;

    public PointInTime(JdbcTemplate jdbc, Visibility visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
    }

    /** The world at the instant as the caller may see it: a scoped caller's accounts of today, placed as they stood then. */
    World at(Instant instant) {
        return seenByCaller(everythingAt(instant));
    }

    /**
     * The account and everything under it at the instant, with their contacts and opportunities, as the caller may
     * see it; empty when the account did not exist then. A scoped caller's visible accounts of the subtree hang under
     * their nearest visible ancestor, which lies in the subtree too, so the result is the subtree of {@link #at}.
     */
    World subtreeAt(UUID rootId, Instant instant) {
        OffsetDateTime at = instant.atOffset(ZoneOffset.UTC);
        World world = new World();
        jdbc.query(ACCOUNT + VALID_AT + " AND account_id = ?", rs -> {
            world.add(account(rs));
        }, at, at, rootId);
        List<UUID> level = new ArrayList<>(world.accounts.keySet());
        while (!level.isEmpty()) {
            List<UUID> next = new ArrayList<>();
            IdLists.inChunks(level, chunk -> jdbc.query(ACCOUNT + VALID_AT + " AND parent_id IN ("
                    + IdLists.placeholders(chunk.size()) + ")", rs -> {
                World.AccountAt child = account(rs);
                if (!world.accounts.containsKey(child.id())) {
                    world.add(child);
                    next.add(child.id());
                }
            }, arguments(at, chunk)));
            level = next;
        }
        IdLists.inChunks(List.copyOf(world.accounts.keySet()), chunk -> addContactsAndOpportunities(world,
                " AND account_id IN (" + IdLists.placeholders(chunk.size()) + ")", arguments(at, chunk)));
        return seenByCaller(world);
    }

    private World seenByCaller(World world) {
        Scope scope = visibility.current();
        return scope.restricted() ? world.seenBy(scope.visibleAmong(world.accounts.keySet())) : world;
    }

    private World everythingAt(Instant instant) {
        OffsetDateTime at = instant.atOffset(ZoneOffset.UTC);
        World world = new World();
        jdbc.query(ACCOUNT + VALID_AT, rs -> {
            world.add(account(rs));
        }, at, at);
        addContactsAndOpportunities(world, "", arguments(at, List.of()));
        return world;
    }

    /** The contacts (counted per account) and opportunities valid at the instant, of the accounts {@code within} selects. */
    private void addContactsAndOpportunities(World world, String within, Object[] arguments) {
        jdbc.query("SELECT account_id FROM contact_history" + VALID_AT + within, rs -> {
            world.contacts.merge(rs.getObject(1, UUID.class), 1L, Long::sum);
        }, arguments);
        jdbc.query(OPPORTUNITY + VALID_AT + within, rs -> {
            addOpportunity(world, rs);
        }, arguments);
    }

    private static Object[] arguments(OffsetDateTime at, List<UUID> ids) {
        List<Object> arguments = new ArrayList<>(List.of(at, at));
        arguments.addAll(ids);
        return arguments.toArray();
    }

    private static World.AccountAt account(ResultSet rs) throws SQLException {
        return new World.AccountAt(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                AccountStatus.valueOf(rs.getString(3)), rs.getString(4), AccountKind.valueOf(rs.getString(5)),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, UUID.class));
    }

    private static void addOpportunity(World world, ResultSet rs) throws SQLException {
        World.OpportunityAt opportunity = new World.OpportunityAt(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                OpportunityStatus.valueOf(rs.getString(3)), Stage.valueOf(rs.getString(4)), rs.getBigDecimal(5),
                rs.getString(6), rs.getInt(7));
        world.opportunities.computeIfAbsent(opportunity.accountId(), id -> new ArrayList<>()).add(opportunity);
    }
}
