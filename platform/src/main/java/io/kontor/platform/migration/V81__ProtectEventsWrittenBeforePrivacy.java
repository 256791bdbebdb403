package io.kontor.platform.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kontor.api.common.EmailAddresses;
import io.kontor.api.lead.LeadCaptured;
import io.kontor.api.lead.LeadConvertedToAccount;
import io.kontor.platform.integrity.EventHashes;
import io.kontor.platform.privacy.PersonalDataCodec;
import io.kontor.platform.privacy.SubjectKeys;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one-off treatment of a store written before issue 16 (a fresh store has nothing to do here):
 * <ul>
 *   <li>every personal field stored in plain text is encrypted in place with its person's new key, in events
 *       and dead letters alike, so that erasing a person erases their old events too;</li>
 *   <li>every event gets its hash, chained in the order the events were written;</li>
 *   <li>every lead is registered with its email and the contact it became (erasure by email or lead);</li>
 *   <li>snapshots are dropped: they held plain text, and they are only a shortcut (the next load takes new ones).</li>
 * </ul>
 * It runs once, inside Flyway's transaction, before any node serves a request. Its cost is one pass over
 * the events (a million take about a minute).
 */
@Component
public class V81__ProtectEventsWrittenBeforePrivacy extends BaseJavaMigration {

    private static final int PAGE = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        PersonalDataCodec codec = new PersonalDataCodec(new SubjectKeys(jdbc, Duration.ofHours(1)));
        Map<String, byte[]> lastHashes = new HashMap<>();
        long after = 0;
        while (true) {
            List<Row> page = jdbc.query("SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, "
                    + "time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry "
                    + "WHERE global_index > ? ORDER BY global_index FETCH FIRST " + PAGE + " ROWS ONLY", (rs, i) -> new Row(
                    rs.getLong(1), new EventHashes.StoredRow(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10))), after);
            for (Row row : page) {
                register(jdbc, row.stored());
                byte[] payload = sealed(codec, row.stored().payloadType(), row.stored().payload());
                EventHashes.StoredRow stored = payload == null ? row.stored() : withPayload(row.stored(), payload);
                byte[] previous = lastHashes.getOrDefault(stored.aggregateIdentifier(), EventHashes.GENESIS);
                byte[] hash = EventHashes.of(stored, previous);
                lastHashes.put(stored.aggregateIdentifier(), hash);
                jdbc.update("UPDATE domain_event_entry SET payload = ?, event_hash = ? WHERE global_index = ?",
                        stored.payload(), hash, row.position());
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).position();
        }
        jdbc.query("SELECT dead_letter_id, payload_type, payload FROM dead_letter_entry", rs -> {
            byte[] payload = sealed(codec, rs.getString(2), rs.getBytes(3));
            if (payload != null) {
                jdbc.update("UPDATE dead_letter_entry SET payload = ? WHERE dead_letter_id = ?", payload, rs.getString(1));
            }
        });
        jdbc.update("DELETE FROM snapshot_event_entry");
    }

    private record Row(long position, EventHashes.StoredRow stored) {
    }

    /** The payload with its personal fields encrypted, or null if it had none in plain text. */
    private static byte[] sealed(PersonalDataCodec codec, String payloadType, byte[] payload) {
        Class<?> type = classNamed(payloadType);
        if (type == null || !codec.protects(type)) {
            return null;
        }
        try {
            JsonNode tree = JSON.readTree(payload);
            return codec.seal(tree, type) ? JSON.writeValueAsBytes(tree) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable payload of a " + payloadType, e);
        }
    }

    /** Leads written before the lead registry: their email and the contact they were converted into. */
    private static void register(JdbcTemplate jdbc, EventHashes.StoredRow row) {
        try {
            if (LeadCaptured.class.getName().equals(row.payloadType())) {
                JsonNode email = JSON.readTree(row.payload()).path("details").path("email");
                jdbc.update("INSERT INTO lead_registry (lead_id, email_key) VALUES (?, ?)", UUID.fromString(row.aggregateIdentifier()),
                        email.isTextual() ? EmailAddresses.key(email.textValue()) : null);
            } else if (LeadConvertedToAccount.class.getName().equals(row.payloadType())) {
                JsonNode contact = JSON.readTree(row.payload()).path("conversion").path("contactId");
                jdbc.update("UPDATE lead_registry SET contact_id = ? WHERE lead_id = ?",
                        contact.isTextual() ? UUID.fromString(contact.textValue()) : null, UUID.fromString(row.aggregateIdentifier()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable payload of a " + row.payloadType(), e);
        }
    }

    private static EventHashes.StoredRow withPayload(EventHashes.StoredRow row, byte[] payload) {
        return new EventHashes.StoredRow(row.eventIdentifier(), row.aggregateIdentifier(), row.sequenceNumber(), row.type(),
                row.timestamp(), row.payloadType(), row.payloadRevision(), payload, row.metaData());
    }

    private static Class<?> classNamed(String name) {
        try {
            return Class.forName(name, false, V81__ProtectEventsWrittenBeforePrivacy.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
