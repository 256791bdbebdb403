package io.kontor.query.projection;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;

import java.util.List;

/** A read model's own handler objects, run by a fold on each event they handle, as the live processor runs them. */
public final class FoldHandlers {

    private final List<AnnotationEventHandlerAdapter> adapters;

    public FoldHandlers(Object... handlers) {
        this.adapters = List.of(handlers).stream().map(AnnotationEventHandlerAdapter::new).toList();
    }

    public void handle(EventMessage<?> event) {
        try {
            for (AnnotationEventHandlerAdapter adapter : adapters) {
                if (adapter.canHandle(event)) {
                    adapter.handle(event);
                }
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
