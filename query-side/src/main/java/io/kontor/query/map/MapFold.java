package io.kontor.query.map;

import io.kontor.query.projection.EntityRowsInMemory;
import io.kontor.query.projection.FoldHandlers;
import io.kontor.query.readmodel.BulkFold;
import io.kontor.query.readmodel.BulkRows;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The account map rebuilt in memory: its own projections over periods and rows held in memory, so each
 * period is written once, with its end, instead of inserted and then ended.
 */
final class MapFold implements BulkFold {

    private final PeriodsInMemory accounts = MapShapes.ACCOUNTS.inMemory();
    private final PeriodsInMemory contacts = MapShapes.CONTACTS.inMemory();
    private final PeriodsInMemory relationshipPeriods = MapShapes.RELATIONSHIP_PERIODS.inMemory();
    private final PeriodsInMemory seats = MapShapes.SEATS.inMemory();
    private final List<PeriodsInMemory> periods = List.of(accounts, contacts, relationshipPeriods, seats);
    private final EntityRowsInMemory relationships = new EntityRowsInMemory(MapShapes.RELATIONSHIPS);
    private final EntityRowsInMemory opportunities = new EntityRowsInMemory(MapShapes.OPPORTUNITIES);
    private final FoldHandlers handlers;

    MapFold(JdbcTemplate jdbc) {
        this.handlers = new FoldHandlers(new MapPeopleProjection(accounts, contacts, relationships, relationshipPeriods),
                new MapBuyingCenterProjection(seats, opportunities, jdbc));
    }

    @Override
    public void apply(EventMessage<?> event, BulkRows rows) {
        periods.forEach(each -> each.rowsTo(rows));
        handlers.handle(event);
    }

    @Override
    public void finish(BulkRows rows) {
        periods.forEach(each -> {
            each.rowsTo(rows);
            each.finish();
        });
        relationships.finish(rows);
        opportunities.finish(rows);
    }
}
