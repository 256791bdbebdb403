package io.kontor.bench;

import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.AccountProfileUpdated;
import io.kontor.api.common.Money;
import io.kontor.api.common.TimeOrderedIds;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactReassigned;
import io.kontor.api.opportunity.OpportunityLost;
import io.kontor.api.opportunity.OpportunityOpened;
import io.kontor.api.opportunity.OpportunityStageChanged;
import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.OpportunityUpdated;
import io.kontor.api.opportunity.OpportunityWon;
import io.kontor.api.opportunity.Stage;
import io.kontor.platform.axon.AxonInfrastructureConfiguration;
import io.kontor.platform.axon.EventRevisionResolver;
import io.kontor.platform.integrity.EventHashes;
import io.kontor.platform.privacy.PersonalDataCodec;
import io.kontor.platform.privacy.PersonalDataSerializer;
import io.kontor.platform.privacy.SubjectKeys;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Plausible history written straight into the event store of a stopped service (a million events make a
 * year; a second write continues where the first ended): accounts
 * opened into growing hierarchies, profile changes, moves, contacts and reassignments, opportunities
 * opened, moved through stages, re-weighted, won and lost. Every event is valid for the projections.
 */
final class SyntheticHistory {

    private static final Stage[] STAGES = Stage.values();

    private final JacksonSerializer json = new AxonInfrastructureConfiguration().serializer(new EventRevisionResolver());
    private final Random random = new Random(20261123);
    private final List<Entity> accounts = new ArrayList<>();
    private final List<Entity> contacts = new ArrayList<>();
    private final List<Entity> open = new ArrayList<>();
    /** The history runs from here, one event every 31.5 s: a million events make a year. */
    static final Instant START = Instant.parse("2025-11-23T00:00:00Z");
    private static final long STEP_MILLIS = 365L * 86_400_000L / 1_000_000;
    private long written;
    private long personal;

    private static final class Entity {
        // Made as Kontor makes ids, so the history's indexes look like a real one's.
        final UUID id = TimeOrderedIds.next();
        long sequence = -1;
        byte[] lastHash = EventHashes.GENESIS;
        UUID parent;
        Stage stage = Stage.PROSPECTING;
        int probability = 10;
        OpportunityTerms terms;
    }

    void write(String url, String user, String password, int events) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO domain_event_entry (event_identifier, "
                     + "aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, payload, "
                     + "meta_data, event_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            // Stored as Kontor stores them: people's fields encrypted under their keys, every event hashed into its chain.
            PersonalDataCodec codec = new PersonalDataCodec(new SubjectKeys(
                    new JdbcTemplate(new SingleConnectionDataSource(connection, true)), Duration.ofHours(1)));
            Serializer serializer = new PersonalDataSerializer(json, codec);
            for (int i = 0; i < events; i++) {
                Event event = next();
                SerializedObject<byte[]> payload = serializer.serialize(event.payload, byte[].class);
                if (codec.protects(event.payload.getClass())) {
                    personal++;
                }
                EventHashes.StoredRow row = new EventHashes.StoredRow(TimeOrderedIds.next().toString(), event.entity.id.toString(),
                        ++event.entity.sequence, event.type, DateTimeUtils.formatInstant(START.plusMillis(written++ * STEP_MILLIS)),
                        payload.getType().getName(), payload.getType().getRevision(), payload.getData(),
                        ("{\"principal\":\"bench\",\"correlationId\":\"" + TimeOrderedIds.next() + "\"}").getBytes(StandardCharsets.UTF_8));
                event.entity.lastHash = EventHashes.of(row, event.entity.lastHash);
                insert.setString(1, row.eventIdentifier());
                insert.setString(2, row.aggregateIdentifier());
                insert.setLong(3, row.sequenceNumber());
                insert.setString(4, row.type());
                insert.setString(5, row.timestamp());
                insert.setString(6, row.payloadType());
                insert.setString(7, row.payloadRevision());
                insert.setBytes(8, row.payload());
                insert.setBytes(9, row.metaData());
                insert.setBytes(10, event.entity.lastHash);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    /** How many of the events written so far carry a person's data (sealed under their key). */
    long personalEvents() {
        return personal;
    }

    /** The instant half way through what was written so far. */
    Instant middle() {
        return START.plusMillis(written / 2 * STEP_MILLIS);
    }

    private record Event(Entity entity, String type, Object payload) {
    }

    private Event next() {
        int choice = accounts.size() < 20 ? 0 : random.nextInt(100);
        if (choice < 22) {
            Entity account = new Entity();
            account.parent = accounts.isEmpty() || random.nextInt(30) == 0 ? null : pick(accounts).id;
            accounts.add(account);
            return new Event(account, "Account", new AccountOpened(account.id, profile("Account " + accounts.size()),
                    account.parent, null));
        } else if (choice < 30) {
            Entity account = pick(accounts);
            return new Event(account, "Account", new AccountProfileUpdated(account.id, profile("Renamed " + random.nextInt(1000))));
        } else if (choice < 32) {
            Entity account = pick(accounts);
            Entity root = pick(accounts);
            while (root.parent != null) {
                root = pick(accounts);
            }
            if (account.parent == null || account == root) {
                return next();
            }
            UUID from = account.parent;
            account.parent = root.id;
            return new Event(account, "Account", new AccountMovedInHierarchy(account.id, from, root.id));
        } else if (choice < 47) {
            Entity contact = new Entity();
            contact.parent = pick(accounts).id;
            contacts.add(contact);
            return new Event(contact, "Contact", new ContactAdded(contact.id, contact.parent,
                    new ContactDetails("Anna", "Nowak", null, null, null)));
        } else if (choice < 50 && !contacts.isEmpty()) {
            Entity contact = pick(contacts);
            UUID from = contact.parent;
            contact.parent = pick(accounts).id;
            return new Event(contact, "Contact", new ContactReassigned(contact.id, from, contact.parent));
        } else if (choice < 70 || open.isEmpty()) {
            Entity deal = new Entity();
            deal.parent = pick(accounts).id;
            deal.terms = new OpportunityTerms("Deal", new Money(BigDecimal.valueOf(random.nextInt(10_000_000), 2),
                    random.nextBoolean() ? "EUR" : "PLN"), null, null, null);
            open.add(deal);
            return new Event(deal, "Opportunity", new OpportunityOpened(deal.id, deal.parent, deal.terms, deal.stage, 10));
        } else if (choice < 92) {
            Entity deal = pick(open);
            Stage to = STAGES[random.nextInt(STAGES.length)];
            Stage from = deal.stage;
            deal.stage = to;
            deal.probability = deal.terms.probabilityAt(to);
            return new Event(deal, "Opportunity", new OpportunityStageChanged(deal.id, from, to, deal.probability));
        } else if (choice < 96) {
            Entity deal = pick(open);
            deal.terms = new OpportunityTerms("Deal", deal.terms.value(), null, random.nextInt(101), null);
            deal.probability = deal.terms.probabilityAt(deal.stage);
            return new Event(deal, "Opportunity", new OpportunityUpdated(deal.id, deal.terms, deal.probability));
        }
        Entity deal = open.remove(random.nextInt(open.size()));
        return new Event(deal, "Opportunity", random.nextBoolean() ? new OpportunityWon(deal.id, deal.terms.value(), null)
                : new OpportunityLost(deal.id, "budget"));
    }

    private AccountProfile profile(String name) {
        return new AccountProfile(name, AccountKind.COMPANY, "Retail", "PL", "PL-14", null, null);
    }

    private Entity pick(List<Entity> entities) {
        return entities.get(random.nextInt(entities.size()));
    }
}
