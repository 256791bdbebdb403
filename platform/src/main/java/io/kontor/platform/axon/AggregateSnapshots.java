package io.kontor.platform.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import io.kontor.platform.privacy.PersonalDataCodec;
import io.kontor.platform.privacy.PersonalDataSerializer;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Snapshots of long-lived aggregates: an account under which a chain of stores keeps changing, an
 * opportunity moved through its stages hundreds of times. Loading one replays its events since the
 * last snapshot, never its whole life. Every {@code kontor.snapshots.threshold} events loaded trigger a
 * new snapshot, taken on a background thread so no command waits for it; if that thread is busy the
 * request is dropped, since a snapshot is only ever a shortcut and the next load asks again.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateSnapshots {

    /** Named in {@code @Aggregate(snapshotTriggerDefinition = ...)} on every aggregate. */
    public static final String TRIGGER = "kontorSnapshotTrigger";

    @Bean
    public SnapshotShapes snapshotShapes() {
        return new SnapshotShapes();
    }

    /**
     * Aggregates are stored by their fields (they have no getters); the revision is the class's shape. A
     * snapshot holds personal fields encrypted like the events do, never in plain text.
     */
    @Bean
    @Qualifier("snapshotSerializer")
    public Serializer snapshotSerializer(SnapshotShapes shapes, PersonalDataCodec personalData) {
        return new PersonalDataSerializer(JacksonSerializer.builder()
                .objectMapper(AxonInfrastructureConfiguration.storageObjectMapper()
                        .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY))
                .revisionResolver(shapes)
                .build(), personalData);
    }

    @Bean
    public SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration configuration,
                                                           EventStore eventStore, TransactionManager transactionManager,
                                                           ParameterResolverFactory parameterResolverFactory,
                                                           HandlerDefinition handlerDefinition) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .eventStore(eventStore)
                .transactionManager(transactionManager)
                .executor(snapshotThread())
                .build();
    }

    @Bean(TRIGGER)
    public SnapshotTriggerDefinition kontorSnapshotTrigger(Snapshotter snapshotter,
                                                           @Value("${kontor.snapshots.threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    private static Executor snapshotThread() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1000),
                runnable -> {
                    Thread thread = new Thread(runnable, "kontor-snapshots");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.DiscardPolicy());
        return executor;
    }
}
