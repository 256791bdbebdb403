package io.kontor.query.projection;

import io.kontor.query.readmodel.BulkFold;
import io.kontor.query.readmodel.BulkRows;
import org.axonframework.eventhandling.EventMessage;

import java.util.function.Function;

/**
 * The rebuild of a read model whose rows are {@link EntityRows}: its own projection over rows held in
 * memory, so the same handlers decide what a row holds live and in a rebuild, and each row is written once.
 */
public final class EntityFold implements BulkFold {

    private final EntityRowsInMemory entities;
    private final FoldHandlers handlers;

    public EntityFold(EntityShape shape, Function<EntityRows, Object> projection) {
        this.entities = new EntityRowsInMemory(shape);
        this.handlers = new FoldHandlers(projection.apply(entities));
    }

    @Override
    public void apply(EventMessage<?> event, BulkRows rows) {
        handlers.handle(event);
    }

    @Override
    public void finish(BulkRows rows) {
        entities.finish(rows);
    }
}
