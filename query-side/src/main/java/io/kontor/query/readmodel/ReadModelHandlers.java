package io.kontor.query.readmodel;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.annotation.ClasspathHandlerDefinition;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;

import java.util.List;

/** A read model's handler objects, ready to be handed events: by the live processor or by a rebuild. */
public final class ReadModelHandlers {

    private final ReadModel readModel;
    private final String shape;
    private final List<AnnotationEventHandlerAdapter> adapters;

    public ReadModelHandlers(ReadModel readModel) {
        this.readModel = readModel;
        this.shape = readModel.shape();
        this.adapters = readModel.handlers().stream().map(handler -> new AnnotationEventHandlerAdapter(handler,
                ClasspathParameterResolverFactory.forClass(handler.getClass()),
                ClasspathHandlerDefinition.forClass(handler.getClass()))).toList();
    }

    public ReadModel readModel() {
        return readModel;
    }

    public String name() {
        return readModel.name();
    }

    /** The read model's shape, computed once. */
    public String shape() {
        return shape;
    }

    /** Applies the event to every handler of the read model that handles it. */
    public void handle(EventMessage<?> event) throws Exception {
        for (AnnotationEventHandlerAdapter adapter : adapters) {
            if (adapter.canHandle(event)) {
                adapter.handle(event);
            }
        }
    }
}
