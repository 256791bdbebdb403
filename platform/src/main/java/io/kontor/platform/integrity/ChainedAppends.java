package io.kontor.platform.integrity;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Axon's append statement, plus each event's hash chained to its aggregate's previous event (see
 * {@link EventHashes}). The previous hash of an aggregate is in the same batch or one primary-key read
 * away ({@code (aggregate_identifier, sequence_number)} is unique), so an append costs the same however
 * long the history. A race on one aggregate still ends in the unique key, as before.
 */
public final class ChainedAppends implements AppendEventsStatementBuilder {

    private static final String PREVIOUS = "SELECT event_hash FROM domain_event_entry WHERE aggregate_identifier = ? "
            + "AND sequence_number = ?";

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        Map<String, byte[]> lastHashes = new HashMap<>();
        PreparedStatement statement = connection.prepareStatement("INSERT INTO " + schema.domainEventTable() + " ("
                + schema.domainEventFields() + ", event_hash) VALUES (?,?,?,?,?,?,?,?,?,?)");
        try {
            for (EventMessage<?> message : events) {
                DomainEventMessage<?> event = asDomainEvent(message);
                SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
                SerializedObject<byte[]> metaData = event.serializeMetaData(serializer, byte[].class);
                // The stored text of the timestamp, as Axon's own writer formats it: the hash covers what is stored.
                String timestamp = DateTimeUtils.formatInstant(event.getTimestamp());
                EventHashes.StoredRow row = new EventHashes.StoredRow(event.getIdentifier(), event.getAggregateIdentifier(),
                        event.getSequenceNumber(), event.getType(), timestamp, payload.getType().getName(),
                        payload.getType().getRevision(), payload.getData(), metaData.getData());
                byte[] previous = lastHashes.get(row.aggregateIdentifier());
                if (previous == null) {
                    previous = storedHash(connection, row.aggregateIdentifier(), row.sequenceNumber() - 1);
                }
                byte[] hash = EventHashes.of(row, previous);
                lastHashes.put(row.aggregateIdentifier(), hash);
                statement.setString(1, row.eventIdentifier());
                statement.setString(2, row.aggregateIdentifier());
                statement.setLong(3, row.sequenceNumber());
                statement.setString(4, row.type());
                statement.setString(5, timestamp);
                statement.setString(6, row.payloadType());
                statement.setString(7, row.payloadRevision());
                statement.setBytes(8, row.payload());
                statement.setBytes(9, row.metaData());
                statement.setBytes(10, hash);
                statement.addBatch();
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** The hash of the aggregate's event at {@code sequence}; {@link EventHashes#GENESIS} before its first one. */
    public static byte[] storedHash(Connection connection, String aggregateIdentifier, long sequence) throws SQLException {
        if (sequence < 0) {
            return EventHashes.GENESIS;
        }
        try (PreparedStatement query = connection.prepareStatement(PREVIOUS)) {
            query.setString(1, aggregateIdentifier);
            query.setLong(2, sequence);
            try (ResultSet found = query.executeQuery()) {
                byte[] hash = found.next() ? found.getBytes(1) : null;
                // A missing or unhashed predecessor is chained from GENESIS; verification reports the break.
                return hash == null ? EventHashes.GENESIS : hash;
            }
        }
    }

    private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domain) {
            return domain;
        }
        return new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }
}
