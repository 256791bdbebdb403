package io.kontor.platform.upcasting;

import io.kontor.api.opportunity.Coverage;
import io.kontor.api.opportunity.Raci;
import io.kontor.api.opportunity.StakeholderPlaced;
import io.kontor.api.opportunity.StakeholderRole;
import io.kontor.platform.axon.AxonInfrastructureConfiguration;
import io.kontor.platform.axon.EventRevisionResolver;
import io.kontor.platform.testing.TestDatabases;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buying-center seat stored in its revision 1 shape (one role, nothing about attitude or coverage)
 * reads back, on a real event store, as a revision 2 seat with that one role, a neutral attitude,
 * unknown coverage and no RACI letter; a revision 2 seat reads back unchanged.
 */
class StakeholderPlacedSeatUpcasterTest {

    private static final String REVISION_1_PAYLOAD = """
            {"opportunityId":"%s","contactId":"%s","role":"CHAMPION","influence":4,"interest":5}""";

    private final DataSource dataSource = TestDatabases.h2();
    private final Serializer serializer = new AxonInfrastructureConfiguration().serializer(new EventRevisionResolver());

    @Test
    void readsARevisionOneSeatAsOneRoleWithNeutralAttitudeAndUnknownCoverage() {
        UUID opportunityId = UUID.randomUUID();
        UUID contactId = UUID.randomUUID();
        store(opportunityId, "1", REVISION_1_PAYLOAD.formatted(opportunityId, contactId).getBytes(StandardCharsets.UTF_8));

        assertThat(read(opportunityId)).containsExactly(new StakeholderPlaced(opportunityId, contactId,
                StakeholderRole.CHAMPION, 4, 5, List.of(StakeholderRole.CHAMPION), 0, Coverage.UNKNOWN, null));
    }

    @Test
    void leavesARevisionTwoSeatAlone() {
        StakeholderPlaced current = new StakeholderPlaced(UUID.randomUUID(), UUID.randomUUID(), null, 5, 2,
                List.of(StakeholderRole.SIGNER, StakeholderRole.DECISION_MAKER), -1, Coverage.MULTIPLE, Raci.A);
        String revision = serializer.typeForClass(StakeholderPlaced.class).getRevision();
        store(current.opportunityId(), revision, serializer.serialize(current, byte[].class).getData());

        assertThat(revision).isEqualTo("2");
        assertThat(current.role()).isEqualTo(StakeholderRole.DECISION_MAKER);
        assertThat(read(current.opportunityId())).containsExactly(current);
    }

    private void store(UUID opportunityId, String revision, byte[] payload) {
        new JdbcTemplate(dataSource).update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, "
                        + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) "
                        + "VALUES (?, ?, 1, 'Opportunity', '2026-01-15T10:00:00.000Z', ?, ?, ?, ?)",
                UUID.randomUUID().toString(), opportunityId.toString(), StakeholderPlaced.class.getName(), revision, payload,
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    private List<Object> read(UUID opportunityId) {
        ConnectionProvider connections = dataSource::getConnection;
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(NoTransactionManager.INSTANCE)
                .schema(new AxonInfrastructureConfiguration().eventSchema())
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .upcasterChain(new EventUpcasterChain(new StakeholderPlacedSeatUpcaster()))
                .build();
        return engine.readEvents(opportunityId.toString()).asStream().map(event -> (Object) event.getPayload()).toList();
    }
}
