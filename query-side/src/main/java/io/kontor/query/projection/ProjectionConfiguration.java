package io.kontor.query.projection;

import io.kontor.query.readmodel.Generations;
import io.kontor.query.readmodel.ReadModels;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/** Wires read-your-writes: processors signal committed batches, reads may await a position. */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {

    @Bean
    ConfigurerModule signalCommittedBatches(ProjectionProgress progress) {
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor((config, name) ->
                (unitOfWork, chain) -> {
                    unitOfWork.afterCommit(committed -> progress.batchCommitted());
                    return chain.proceed();
                });
    }

    /** A failure of the moment retries the batch; only an event that fails on its own is dead-lettered. */
    @Bean
    ConfigurerModule retryTransientFailures() {
        return configurer -> configurer.eventProcessing().registerDeadLetterPolicy(ProjectionDispatcher.PROCESSOR,
                config -> new TransientFailures());
    }

    /**
     * A segment that only skips events (they belong to other segments) stores its position lazily, at
     * this interval; query nodes read each other's positions from the token store for X-Await-Position.
     */
    @Bean
    ConfigurerModule storeIdlePositionsPromptly(@Value("${kontor.query.idle-token-store-interval:PT1S}") Duration interval) {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                (config, builder) -> builder.claimExtensionThreshold(interval.toMillis()));
    }

    /**
     * The projections' batches get a timeout of their own. In the standalone service the command side's
     * {@code spring.transaction.default-timeout} (10 s, for command transactions) applied to them too: under
     * a bulk import on a saturated machine a batch of 500 events took longer, its transaction timed out, and
     * its events went to the dead-letter queue (710 accounts of a 100,000-account import missing from the
     * read model in one ./bench run).
     */
    @Bean
    ConfigurerModule projectionBatchTimeout(PlatformTransactionManager transactions,
                                            @Value("${kontor.query.batch-timeout:PT2M}") Duration timeout) {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setTimeout((int) timeout.toSeconds());
        return configurer -> configurer.eventProcessing().registerTransactionManager(ProjectionDispatcher.PROCESSOR,
                config -> new SpringTransactionManager(transactions, definition));
    }

    @Bean
    WebMvcConfigurer awaitPositionOnReads(ProjectionProgress progress, Generations generations, ReadModels readModels,
                                          @Value("${kontor.query.await-timeout:PT5S}") Duration timeout) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new AwaitPositionInterceptor(progress, timeout)).addPathPatterns("/api/**");
                registry.addInterceptor(new ReadModelsReadyInterceptor(generations, readModels)).addPathPatterns("/api/**")
                        .excludePathPatterns("/api/admin/**", "/api/audit/**");
            }
        };
    }
}
