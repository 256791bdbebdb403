package io.kontor.query.history;

import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountStatus;
import io.kontor.api.opportunity.OpportunityStatus;
import io.kontor.api.opportunity.Stage;
import io.kontor.platform.visibility.Scope;
import io.kontor.platform.visibility.Visibility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.UUID;

/**
 * Loads the world as it was at an instant from the version tables: one indexed pass per table over
 * the versions valid then. Hierarchies and pipeline reports of that instant are computed from it.
 */
@Component
public class PointInTime {

    private static final String VALID_AT = " WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)";

    private final JdbcTemplate jdbc;
    private final Visibility visibility;

    public PointInTime(JdbcTemplate jdbc, Visibility visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
    }

    /** The world at the instant as the caller may see it: a scoped caller's accounts of today, placed as they stood then. */
    World at(Instant instant) {
        World world = everythingAt(instant);
        Scope scope = visibility.current();
        return scope.restricted() ? world.seenBy(scope.visibleAmong(world.accounts.keySet())) : world;
    }

    private World everythingAt(Instant instant) {
        OffsetDateTime at = instant.atOffset(ZoneOffset.UTC);
        World world = new World();
        jdbc.query("SELECT account_id, parent_id, status, name, kind, industry, country, region, owner_id FROM account_history"
                + VALID_AT, rs -> {
            world.add(new World.AccountAt(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                    AccountStatus.valueOf(rs.getString(3)), rs.getString(4), AccountKind.valueOf(rs.getString(5)),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, UUID.class)));
        }, at, at);
        jdbc.query("SELECT account_id FROM contact_history" + VALID_AT, rs -> {
            world.contacts.merge(rs.getObject(1, UUID.class), 1L, Long::sum);
        }, at, at);
        jdbc.query("SELECT opportunity_id, account_id, status, stage, amount, currency, probability FROM opportunity_history"
                + VALID_AT, rs -> {
            World.OpportunityAt opportunity = new World.OpportunityAt(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                    OpportunityStatus.valueOf(rs.getString(3)), Stage.valueOf(rs.getString(4)), rs.getBigDecimal(5),
                    rs.getString(6), rs.getInt(7));
            world.opportunities.computeIfAbsent(opportunity.accountId(), id -> new ArrayList<>()).add(opportunity);
        }, at, at);
        return world;
    }
}
