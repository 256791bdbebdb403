package io.kontor.command.support;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class CommandSupportConfiguration {

    /**
     * Registered by hand rather than exposed as an interceptor bean, which Axon's auto-configuration
     * would register a second time.
     */
    @Bean
    InitializingBean registerAggregateVersions(CommandBus commandBus, EventStore eventStore) {
        AggregateVersions versions = new AggregateVersions();
        return () -> {
            commandBus.registerHandlerInterceptor(versions);
            eventStore.registerDispatchInterceptor(versions.eventRecorder());
        };
    }
}
