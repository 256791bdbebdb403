package io.kontor.platform.axon;

import io.kontor.platform.testing.TestDatabases;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two writers appending the same sequence number of one aggregate: the loser must see a concurrency
 * conflict (the API answers 409/412 or retries), never a storage failure (500), on both databases.
 */
class RacingAppendsTest {

    @Test
    void theLoserOfARaceOnH2GetsAConcurrencyConflict() {
        assertSecondAppendConflicts(TestDatabases.h2());
    }

    @Test
    void theLoserOfARaceOnPostgresqlGetsAConcurrencyConflict() {
        assertSecondAppendConflicts(TestDatabases.postgres());
    }

    private static void assertSecondAppendConflicts(DataSource dataSource) {
        AxonInfrastructureConfiguration axon = new AxonInfrastructureConfiguration();
        JdbcEventStorageEngine storage = JdbcEventStorageEngine.builder()
                .eventSerializer(axon.serializer(axon.revisionResolver()))
                .snapshotSerializer(axon.serializer(axon.revisionResolver()))
                .persistenceExceptionResolver(new DuplicateKeyResolver())
                .connectionProvider(new DataSourceConnectionProvider(dataSource))
                .transactionManager(NoTransactionManager.INSTANCE)
                .schema(axon.eventSchema())
                .build();
        storage.appendEvents(event(0, "opened"), event(1, "renamed by the winner"));

        assertThatThrownBy(() -> storage.appendEvents(event(1, "renamed by the loser")))
                .isInstanceOf(ConcurrencyException.class);
    }

    private static GenericDomainEventMessage<Map<String, String>> event(long sequence, String what) {
        return new GenericDomainEventMessage<>("Account", "racing-account", sequence, Map.of("what", what));
    }
}
