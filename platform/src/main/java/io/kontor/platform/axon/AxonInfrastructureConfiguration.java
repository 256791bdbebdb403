package io.kontor.platform.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import javax.sql.DataSource;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import io.kontor.platform.integrity.ChainedAppends;
import io.kontor.platform.privacy.PersonalDataCodec;
import io.kontor.platform.privacy.PersonalDataSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * How Kontor stores and reads its messages: JSON (never XStream), snake_case tables created by Flyway,
 * and audit metadata on every message.
 *
 * <p>The serializer has its own ObjectMapper on purpose: changing how the HTTP API renders JSON must
 * never change how stored events are read.
 */
@Configuration(proxyBeanMethods = false)
public class AxonInfrastructureConfiguration {

    /** Named in {@code @Aggregate(commandTargetResolver = ...)} on every aggregate. */
    public static final String COMMAND_TARGET_RESOLVER = "kontorCommandTargetResolver";

    @Bean
    public RevisionResolver revisionResolver() {
        return new EventRevisionResolver();
    }

    /** Kontor's serializer: the JSON below with every person's personal fields encrypted under their key. */
    @Bean(name = "serializer")
    @Primary
    public Serializer personalDataSerializer(RevisionResolver revisionResolver, PersonalDataCodec personalData) {
        return new PersonalDataSerializer(serializer(revisionResolver), personalData);
    }

    /** The JSON of stored messages, without encryption (tools and tests that write events by hand use it). */
    public JacksonSerializer serializer(RevisionResolver revisionResolver) {
        return JacksonSerializer.builder()
                .objectMapper(storageObjectMapper())
                .revisionResolver(revisionResolver)
                .build();
    }

    /**
     * Axon's JDBC event storage on the {@code domain_event_entry} table Flyway created. Defined here
     * because Axon's auto-configuration steps back once an event store bean exists. It reads up to
     * {@code kontor.events.fetch-batch-size} events per query: a projection commits at most what one
     * read brought, and Axon's default of 100 made catching up and replaying commit-bound. A token with
     * gaps reads through {@link IndexRangeEventReads}, so a fetch costs the same however long the history.
     * Appends chain each event's hash to its aggregate's previous event ({@link ChainedAppends}).
     */
    @Bean
    public EventStorageEngine eventStorageEngine(Serializer serializer, org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                                 EventSchema eventSchema, SnapshotShapes snapshotShapes,
                                                 @Qualifier("snapshotSerializer") Serializer snapshotSerializer,
                                                 @Value("${kontor.events.fetch-batch-size:1000}") int fetchBatchSize) {
        return JdbcEventStorageEngine.builder()
                .batchSize(fetchBatchSize)
                .readEventDataWithGaps(IndexRangeEventReads::withGaps)
                .eventSerializer(serializer)
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(configuration.upcasterChain())
                // Only the shape filter: Axon's default one per aggregate expects the @Revision revision (null
                // without it) and would throw every shape-versioned snapshot away.
                .snapshotFilter(snapshotShapes.filter())
                .persistenceExceptionResolver(new DuplicateKeyResolver())
                .appendEvents(new ChainedAppends())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .build();
    }

    /**
     * The event store, polling storage every {@code kontor.events.poll-interval} when idle; on PostgreSQL
     * query nodes are woken by NOTIFY long before that (see the query side's event notifications).
     */
    @Bean(name = "eventBus")
    public WakeableEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                                         @Value("${kontor.events.poll-interval:PT1S}") Duration pollInterval) {
        return new WakeableEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(pollInterval.toMillis()));
    }

    /**
     * Spring's JDBC transactions: Kontor keeps no JPA entities (reads and writes are SQL), so there is no
     * entity manager to open per transaction, and nested transactions are savepoints ({@link CommandSavepoints}).
     */
    @Bean
    @Primary
    public PlatformTransactionManager transactionManager(DataSource dataSource,
                                                         ObjectProvider<TransactionManagerCustomizers> customizers) {
        JdbcTransactionManager transactions = new JdbcTransactionManager(dataSource);
        // A commit the database refused is rolled back explicitly: the connection goes back to the pool clean.
        transactions.setRollbackOnCommitFailure(true);
        // spring.transaction.* (the command side's default timeout) as for Spring Boot's own transaction manager.
        customizers.ifAvailable(customizer -> customizer.customize(transactions));
        return transactions;
    }

    @Bean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new CommandSavepoints(transactions);
    }

    /**
     * Axon's JDBC parts use the connection of Spring's current transaction, and nothing more: Axon's
     * default provider also rolls that whole connection back when any unit of work on it rolls back,
     * which in a group commit would undo the batch's other commands (their savepoints are Spring's).
     */
    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    @Bean(COMMAND_TARGET_RESOLVER)
    public CommandTargetResolver kontorCommandTargetResolver() {
        return new KontorCommandTargetResolver();
    }

    @Bean
    public CorrelationDataProvider auditCorrelationDataProvider() {
        return new AuditCorrelationDataProvider();
    }

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    public DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    static ObjectMapper storageObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Old events must stay readable after a field is added or removed.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
