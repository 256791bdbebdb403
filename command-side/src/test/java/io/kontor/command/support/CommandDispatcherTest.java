package io.kontor.command.support;

import io.kontor.platform.testing.TestDatabases;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A write under If-Match that loses a race to another node is told the version that node really reached. */
class CommandDispatcherTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.h2());
    private final String aggregateId = UUID.randomUUID().toString();

    record Touch(String id) {
    }

    @Test
    void aLostRaceUnderIfMatchReportsTheVersionThatWasStoredMeanwhile() {
        // Version 0 was what the client read; two other writes landed while its command was running.
        for (long sequence = 0; sequence <= 2; sequence++) {
            storeEvent(sequence);
        }
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(Touch.class.getName(), message -> {
            throw new ConcurrencyException("the append collided with another node's");
        });
        GroupCommit notStarted = new GroupCommit(bus, null, new JdbcTransactionManager(jdbc.getDataSource()), 100);
        CommandDispatcher dispatcher = new CommandDispatcher(notStarted,
                message -> new VersionedAggregateIdentifier(aggregateId, null), new EventPositions(jdbc));

        ConflictingAggregateVersionException stale = catchThrowableOfType(ConflictingAggregateVersionException.class,
                () -> dispatcher.dispatch(new Touch(aggregateId), 0L));

        assertThat(stale.getExpectedVersion()).isZero();
        assertThat(stale.getActualVersion()).as("read from the event store, not guessed").isEqualTo(2);
    }

    private void storeEvent(long sequence) {
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                        + "time_stamp, payload_type, payload) VALUES (?, ?, ?, 'Account', '2026-01-01T00:00:00Z', 'x', ?)",
                UUID.randomUUID().toString(), aggregateId, sequence, new byte[]{'{', '}'});
    }
}
