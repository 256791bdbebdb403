package io.kontor.platform.upcasting;

import io.kontor.api.lead.LeadQualified;
import io.kontor.platform.axon.AxonInfrastructureConfiguration;
import io.kontor.platform.axon.EventRevisionResolver;
import io.kontor.platform.testing.TestDatabases;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upcasting path, proven on a real event store: a LeadQualified stored in its revision 1 shape
 * (as written before thresholds were recorded) reads back as revision 2 with an unknown threshold.
 */
class LeadQualifiedThresholdUpcasterTest {

    private static final String REVISION_1_PAYLOAD = """
            {"leadId":"%s","score":68,"questionnaireId":"lead-v1","answers":{"budget":"confirmed"}}""";

    @Test
    void readsARevisionOnePayloadInTodaysShape() {
        DataSource dataSource = TestDatabases.h2();
        String leadId = UUID.randomUUID().toString();
        new JdbcTemplate(dataSource).update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, "
                        + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) "
                        + "VALUES (?, ?, 1, 'Lead', '2026-01-15T10:00:00.000Z', ?, '1', ?, ?)",
                UUID.randomUUID().toString(), leadId, LeadQualified.class.getName(),
                REVISION_1_PAYLOAD.formatted(leadId).getBytes(StandardCharsets.UTF_8),
                "{\"principal\":\"service\"}".getBytes(StandardCharsets.UTF_8));

        List<? extends DomainEventMessage<?>> events = engine(dataSource).readEvents(leadId).asStream().toList();

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getPayload()).isEqualTo(new LeadQualified(UUID.fromString(leadId), 68, null, "lead-v1",
                    Map.of("budget", "confirmed")));
            assertThat(event.getMetaData()).containsEntry("principal", "service");
        });
    }

    @Test
    void leavesTodaysRevisionAlone() {
        DataSource dataSource = TestDatabases.h2();
        Serializer serializer = new AxonInfrastructureConfiguration().serializer(new EventRevisionResolver());
        LeadQualified current = new LeadQualified(UUID.randomUUID(), 70, 55, "lead-v2", Map.of("need", "urgent"));
        byte[] payload = serializer.serialize(current, byte[].class).getData();
        String revision = serializer.typeForClass(LeadQualified.class).getRevision();
        new JdbcTemplate(dataSource).update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, "
                        + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) "
                        + "VALUES (?, ?, 0, 'Lead', '2026-01-15T10:00:00.000Z', ?, ?, ?, ?)",
                UUID.randomUUID().toString(), current.leadId().toString(), LeadQualified.class.getName(), revision, payload,
                "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(revision).isEqualTo("2");
        assertThat(engine(dataSource).readEvents(current.leadId().toString()).asStream().map(event -> (Object) event.getPayload()))
                .containsExactly(current);
    }

    private static JdbcEventStorageEngine engine(DataSource dataSource) {
        Serializer serializer = new AxonInfrastructureConfiguration().serializer(new EventRevisionResolver());
        ConnectionProvider connections = dataSource::getConnection;
        return JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(NoTransactionManager.INSTANCE)
                .schema(new AxonInfrastructureConfiguration().eventSchema())
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .upcasterChain(new EventUpcasterChain(new LeadQualifiedThresholdUpcaster()))
                .build();
    }
}
