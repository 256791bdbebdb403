package io.kontor.command.support;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Tells the HTTP layer which version each aggregate reached through a command: every domain event
 * published while the command is handled is noted, and the command's result carries the highest
 * sequence number per aggregate in its metadata. That is the {@code version} and {@code ETag} of the
 * answer, exact even when other commands hit the same aggregate right after.
 */
public class AggregateVersions implements MessageHandlerInterceptor<CommandMessage<?>> {

    public static final String METADATA_KEY = "kontor.aggregateVersions";
    private static final String RESOURCE = AggregateVersions.class.getName();

    /** Registered on the event bus: notes the events published in the current unit of work. */
    public MessageDispatchInterceptor<EventMessage<?>> eventRecorder() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> events) {
                if (CurrentUnitOfWork.isStarted()) {
                    Map<String, Long> versions = versionsOf(CurrentUnitOfWork.get());
                    for (EventMessage<?> event : events) {
                        if (event instanceof DomainEventMessage<?> domainEvent) {
                            versions.merge(domainEvent.getAggregateIdentifier(), domainEvent.getSequenceNumber(), Math::max);
                        }
                    }
                }
                return (index, event) -> event;
            }
        };
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Map<String, Long> versions = versionsOf(unitOfWork);
        Object result = chain.proceed();
        // The map itself, not a copy: the event bus intercepts (and so this class notes) the events only
        // when the unit of work prepares to commit, after the handler returned and before the caller
        // receives the result.
        return GenericCommandResultMessage.asCommandResultMessage(result)
                .andMetaData(Map.of(METADATA_KEY, Collections.unmodifiableMap(versions)));
    }

    private static Map<String, Long> versionsOf(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getOrComputeResource(RESOURCE, key -> new LinkedHashMap<>());
    }
}
