package io.kontor.command.hierarchy;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class HierarchyConfiguration {

    /** Registered by hand, like the other command interceptors, so Axon does not register it twice. */
    @Bean
    InitializingBean registerHierarchyLockFirst(CommandBus commandBus, Hierarchies hierarchies) {
        return () -> commandBus.registerHandlerInterceptor(new HierarchyLockFirst(hierarchies));
    }
}
