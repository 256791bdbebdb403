package io.kontor.query.history;

import io.kontor.query.projection.FoldHandlers;
import io.kontor.query.readmodel.BulkFold;
import io.kontor.query.readmodel.BulkRows;
import org.axonframework.eventhandling.EventMessage;

/**
 * The history read model rebuilt in memory: the projection's own handlers over versions held in
 * memory, so every version is written once, complete with its interval, instead of inserted and then closed.
 */
final class HistoryFold implements BulkFold {

    private final VersionsInMemory accounts = new VersionsInMemory(HistoryProjection.ACCOUNTS);
    private final VersionsInMemory contacts = new VersionsInMemory(HistoryProjection.CONTACTS);
    private final VersionsInMemory opportunities = new VersionsInMemory(HistoryProjection.OPPORTUNITIES);
    private final FoldHandlers handlers = new FoldHandlers(new HistoryProjection(accounts, contacts, opportunities));

    @Override
    public void apply(EventMessage<?> event, BulkRows rows) {
        accounts.rowsTo(rows);
        contacts.rowsTo(rows);
        opportunities.rowsTo(rows);
        handlers.handle(event);
    }

    @Override
    public void finish(BulkRows rows) {
        accounts.rowsTo(rows);
        contacts.rowsTo(rows);
        opportunities.rowsTo(rows);
        accounts.finish();
        contacts.finish();
        opportunities.finish();
    }
}
