package io.kontor.query.audit;

import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the event store for auditors, straight from its table so that every event comes with its
 * global position, and through Axon's upcaster chain so that old payloads read in today's shape.
 */
@Component
public class StoredEvents {

    private static final String COLUMNS = "global_index, type, aggregate_identifier, sequence_number, event_identifier, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data";

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final ObjectProvider<Configuration> axon;

    public StoredEvents(JdbcTemplate jdbc, Serializer serializer, ObjectProvider<Configuration> axon) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.axon = axon;
    }

    /** The aggregate's events from {@code fromSequence} on, at most {@code limit}. */
    public List<StoredEvent> ofAggregate(String aggregateId, long fromSequence, int limit) {
        return read("SELECT " + COLUMNS + " FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number >= ? "
                + "ORDER BY sequence_number FETCH FIRST ? ROWS ONLY", aggregateId, fromSequence, limit);
    }

    /** The events that placed the account in the hierarchy: its opening and its moves, in order. */
    public List<StoredEvent> placementsOf(String aggregateId) {
        return read("SELECT " + COLUMNS + " FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type IN (?, ?) "
                + "ORDER BY sequence_number", aggregateId, AccountOpened.class.getName(), AccountMovedInHierarchy.class.getName());
    }

    /** Events after the global position, in position order, at most {@code limit}; gaps are the caller's to judge. */
    public List<StoredEvent> after(long position, int limit) {
        return read("SELECT " + COLUMNS + " FROM domain_event_entry WHERE global_index > ? ORDER BY global_index "
                + "FETCH FIRST ? ROWS ONLY", position, limit);
    }

    /** The aggregate type (such as {@code Account}) of the aggregate, if it has any event. */
    public String aggregateTypeOf(String aggregateId) {
        return jdbc.queryForList("SELECT type FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0",
                String.class, aggregateId).stream().findFirst().orElse(null);
    }

    public long head() {
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    private List<StoredEvent> read(String sql, Object... arguments) {
        Map<String, Long> positions = new HashMap<>();
        Map<String, String> revisions = new HashMap<>();
        List<GenericDomainEventEntry<byte[]>> entries = jdbc.query(sql, (rs, row) -> {
            positions.put(rs.getString("event_identifier"), rs.getLong("global_index"));
            revisions.put(rs.getString("event_identifier"), rs.getString("payload_revision"));
            return new GenericDomainEventEntry<>(rs.getString("type"), rs.getString("aggregate_identifier"),
                    rs.getLong("sequence_number"), rs.getString("event_identifier"), rs.getString("time_stamp"),
                    rs.getString("payload_type"), rs.getString("payload_revision"), rs.getBytes("payload"),
                    rs.getBytes("meta_data"));
        }, arguments);
        DomainEventStream stream = EventStreamUtils.upcastAndDeserializeDomainEvents(entries.stream(), serializer,
                axon.getObject().upcasterChain());
        List<StoredEvent> events = new ArrayList<>();
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            events.add(new StoredEvent(positions.get(event.getIdentifier()), event.getType(), event.getAggregateIdentifier(),
                    event.getSequenceNumber(), event.getPayloadType().getSimpleName(), revisions.get(event.getIdentifier()),
                    event.getTimestamp(), event.getPayload(), event.getMetaData()));
        }
        return events;
    }
}
