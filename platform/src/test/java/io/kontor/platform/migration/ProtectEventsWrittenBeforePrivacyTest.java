package io.kontor.platform.migration;

import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.lead.LeadCaptured;
import io.kontor.api.lead.LeadConversion;
import io.kontor.api.lead.LeadConvertedToAccount;
import io.kontor.api.lead.LeadDetails;
import io.kontor.platform.axon.AxonInfrastructureConfiguration;
import io.kontor.platform.integrity.EventHashes;
import io.kontor.platform.privacy.PersonalDataCodec;
import io.kontor.platform.privacy.PersonalDataSerializer;
import io.kontor.platform.privacy.SubjectKeys;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A store written before issue 16, migrated: plain text encrypted in place, every event hashed, leads registered. */
class ProtectEventsWrittenBeforePrivacyTest {

    private final JacksonSerializer json = new AxonInfrastructureConfiguration().serializer(
            new AxonInfrastructureConfiguration().revisionResolver());
    private final UUID account = UUID.randomUUID();
    private final UUID contact = UUID.randomUUID();
    private final UUID lead = UUID.randomUUID();
    private final ContactAdded contactAdded = new ContactAdded(contact, account,
            new ContactDetails("Oleg", "Petrov", "oleg@romashka.ru", "+7 495 123 45 67", "Director"));
    private final LeadCaptured leadCaptured = new LeadCaptured(lead, new LeadDetails("Oleg", "Petrov", "Oleg@Romashka.ru",
            "OOO Romashka", null, "romashka.ru", 40, "fair"));

    @Test
    void encryptsThePlainTextOfOldEventsChainsEveryEventAndRegistersEveryLead() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("12").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        store(jdbc, "Account", account, 0, new AccountOpened(account, new AccountProfile("OOO Romashka", AccountKind.COMPANY,
                null, "RU", null, null, null), null, null));
        store(jdbc, "Lead", lead, 0, leadCaptured);
        store(jdbc, "Contact", contact, 0, contactAdded);
        store(jdbc, "Lead", lead, 1, new LeadConvertedToAccount(lead, new LeadConversion(account, contact, null, false, false)));
        jdbc.update("INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier, time_stamp, "
                + "payload_type, payload) VALUES (?, 0, 'Contact', ?, '2026-01-01T00:00:00Z', 'x', ?)", contact.toString(),
                UUID.randomUUID().toString(), "{\"lastName\":\"Petrov\"}".getBytes(StandardCharsets.UTF_8));

        Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .javaMigrations(new V81__ProtectEventsWrittenBeforePrivacy()).load().migrate();

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM domain_event_entry ORDER BY global_index");
        rows.forEach(row -> assertThat(new String((byte[]) row.get("PAYLOAD"), StandardCharsets.UTF_8)).doesNotContain("Oleg",
                "Petrov", "@romashka.ru", "495 123")); // not "495" alone: a random id holds it now and then
        PersonalDataSerializer serializer = new PersonalDataSerializer(json, new PersonalDataCodec(
                new SubjectKeys(jdbc, Duration.ofMinutes(1))));
        assertThat((Object) serializer.deserialize(new SimpleSerializedObject<>((byte[]) rows.get(2).get("PAYLOAD"), byte[].class,
                json.typeForClass(ContactAdded.class)))).isEqualTo(contactAdded);
        assertThat((Object) serializer.deserialize(new SimpleSerializedObject<>((byte[]) rows.get(1).get("PAYLOAD"), byte[].class,
                json.typeForClass(LeadCaptured.class)))).isEqualTo(leadCaptured);
        assertChained(rows);
        assertThat(jdbc.queryForMap("SELECT email_key, contact_id FROM lead_registry WHERE lead_id = ?", lead))
                .containsEntry("EMAIL_KEY", "oleg@romashka.ru").containsEntry("CONTACT_ID", contact);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM snapshot_event_entry", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM subject_key", Long.class)).isEqualTo(2);
    }

    private static void assertChained(List<Map<String, Object>> rows) {
        Map<String, byte[]> last = new HashMap<>();
        for (Map<String, Object> row : rows) {
            String aggregate = (String) row.get("AGGREGATE_IDENTIFIER");
            byte[] expected = EventHashes.of(new EventHashes.StoredRow((String) row.get("EVENT_IDENTIFIER"), aggregate,
                    (Long) row.get("SEQUENCE_NUMBER"), (String) row.get("TYPE"), (String) row.get("TIME_STAMP"),
                    (String) row.get("PAYLOAD_TYPE"), (String) row.get("PAYLOAD_REVISION"), (byte[]) row.get("PAYLOAD"),
                    (byte[]) row.get("META_DATA")), last.getOrDefault(aggregate, EventHashes.GENESIS));
            assertThat((byte[]) row.get("EVENT_HASH")).as("hash of %s", row.get("PAYLOAD_TYPE")).isEqualTo(expected);
            last.put(aggregate, expected);
        }
    }

    private void store(JdbcTemplate jdbc, String type, UUID aggregate, long sequence, Object payload) {
        var serialized = json.serialize(payload, byte[].class);
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
                        + "payload_type, payload_revision, payload, meta_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), aggregate.toString(), sequence, type, "2026-01-0" + (sequence + 1) + "T10:00:00Z",
                serialized.getType().getName(), serialized.getType().getRevision(), serialized.getData(),
                "{\"principal\":\"service\"}".getBytes(StandardCharsets.UTF_8));
    }
}
