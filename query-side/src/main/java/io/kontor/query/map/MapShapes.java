package io.kontor.query.map;

import io.kontor.query.projection.EntityShape;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** The columns the map's projections write, per table: live into the tables, in a rebuild into memory. */
final class MapShapes {

    /** A table of {@link Periods}; {@code rewritable} if an erasure rewrites its periods. */
    record PeriodShape(String table, List<String> keys, List<String> columns, boolean rewritable) {

        Periods live(JdbcTemplate jdbc) {
            return new MapPeriods(jdbc, this);
        }

        PeriodsInMemory inMemory() {
            return new PeriodsInMemory(this);
        }
    }

    static final PeriodShape ACCOUNTS = new PeriodShape(MapTables.ACCOUNTS, List.of("account_id"),
            List.of("parent_id", "name", "status"), false);
    static final PeriodShape CONTACTS = new PeriodShape(MapTables.CONTACTS, List.of("contact_id"),
            List.of("account_id", "first_name", "last_name", "job_title"), true);
    static final PeriodShape RELATIONSHIP_PERIODS = new PeriodShape(MapTables.RELATIONSHIP_PERIODS, List.of("relationship_id"),
            List.of("from_contact_id", "type", "to_contact_id", "to_account_id", "strength", "sentiment", "starts_on", "note"), true);
    static final PeriodShape SEATS = new PeriodShape(MapTables.SEATS, List.of("opportunity_id", "contact_id"),
            List.of("roles", "influence", "interest", "attitude", "coverage", "raci"), false);

    static final EntityShape RELATIONSHIPS = new EntityShape(MapTables.RELATIONSHIPS, "relationship_id", List.of("from_contact_id",
            "type", "to_contact_id", "to_account_id", "strength", "sentiment", "starts_on", "ends_on", "end_cause", "note"), List.of());
    static final EntityShape OPPORTUNITIES = new EntityShape(MapTables.OPPORTUNITIES, "opportunity_id",
            List.of("account_id", "name", "status", "opened_at"), List.of());

    private MapShapes() {
    }
}
