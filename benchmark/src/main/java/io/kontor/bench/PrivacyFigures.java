package io.kontor.bench;

import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.platform.axon.AxonInfrastructureConfiguration;
import io.kontor.platform.axon.EventRevisionResolver;
import io.kontor.platform.privacy.PersonalDataCodec;
import io.kontor.platform.privacy.PersonalDataSerializer;
import io.kontor.platform.privacy.SubjectKeys;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * What encrypting personal fields costs, side by side with the same events in plain JSON, in one process:
 * contact events (every personal field set, the worst case) written as the command side stores them and read
 * back as a replay does, each person with a key of their own (cached, as in the service). The limit of each
 * figure is the plain serializer; the microseconds it adds per event compare with the CPU per event of a write
 * or a replay (issue 16's target: at most 10% of either).
 */
final class PrivacyFigures {

    private static final int PEOPLE = 2_000;
    private static final String SEALING = "privacy: encryption added per contact event stored";
    private static final String OPENING = "privacy: decryption added per contact event read";

    private final Report report;

    PrivacyFigures(Report report) {
        this.report = report;
    }

    void measure(Duration duration) {
        Bench.phase("privacy: contact events serialized with and without encryption");
        JdbcTemplate jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:privacy-figures;DB_CLOSE_DELAY=-1", "sa", ""));
        // The table of V80__privacy_and_integrity.sql; an in-memory store of keys for one process.
        jdbc.execute("CREATE TABLE IF NOT EXISTS subject_key (subject_id UUID PRIMARY KEY, data_key BYTEA, "
                + "created_at TIMESTAMP WITH TIME ZONE NOT NULL, erased_at TIMESTAMP WITH TIME ZONE)");
        JacksonSerializer plain = new AxonInfrastructureConfiguration().serializer(new EventRevisionResolver());
        Serializer sealed = new PersonalDataSerializer(plain, new PersonalDataCodec(new SubjectKeys(jdbc, Duration.ofHours(1))));
        List<ContactAdded> events = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            events.add(new ContactAdded(UUID.randomUUID(), UUID.randomUUID(), new ContactDetails("Anna " + i, "Wiśniewska",
                    "anna." + i + "@grupa-lodz.pl", "+48 22 123 45 67", "Dyrektor finansowy")));
        }
        List<SerializedObject<byte[]>> plainStored = events.stream().map(e -> plain.serialize(e, byte[].class)).toList();
        List<SerializedObject<byte[]>> sealedStored = events.stream().map(e -> sealed.serialize(e, byte[].class)).toList();
        Duration half = duration.dividedBy(2);
        rate(events, e -> plain.serialize(e, byte[].class), half);
        double plainWrites = rate(events, e -> plain.serialize(e, byte[].class), duration);
        double sealedWrites = rate(events, e -> sealed.serialize(e, byte[].class), duration);
        rate(plainStored, plain::deserialize, half);
        double plainReads = rate(plainStored, plain::deserialize, duration);
        double sealedReads = rate(sealedStored, sealed::deserialize, duration);
        report.add(new Figure("privacy: contact events stored per second, encrypted", sealedWrites, "events/s", plainWrites,
                null, true, extra(plainWrites, sealedWrites)));
        report.add(new Figure("privacy: contact events read per second (replay), decrypted", sealedReads, "events/s",
                plainReads, null, true, extra(plainReads, sealedReads)));
        report.add(new Figure(SEALING, Math.max(0, 1e6 / sealedWrites - 1e6 / plainWrites), "us", null, null, false,
                "per contact event, every personal field set"));
        report.add(new Figure(OPENING, Math.max(0, 1e6 / sealedReads - 1e6 / plainReads), "us", null, null, false,
                "per contact event, every personal field set"));
    }

    /**
     * Encryption's share of a write that stores a person: what sealing adds to a contact event, over the CPU a
     * command costs in the load run just measured. A share, not a difference of two service runs: at a few
     * tens of microseconds against milliseconds it is far below the run-to-run spread of a load run (about 30%).
     */
    static void shareOfWrites(Report report, String setup) {
        report.value(SEALING).ifPresent(sealing -> report.value(setup + ": CPU per command, whole machine").ifPresent(
                cpuMillis -> report.add(new Figure("privacy: encryption's share of a write storing a person", 100 * sealing
                        / (cpuMillis * 1000), "%", null, 10.0, false, String.format("%.1f us of sealing beside %.2f ms of "
                        + "CPU per command", sealing, cpuMillis)))));
    }

    /** Decryption's share of a replay: what opening adds per event carrying a person, over the replay's CPU. */
    static void shareOfReplay(Report report, String database, long personalEvents, long events, double cpuMicrosPerEvent) {
        report.value(OPENING).ifPresent(opening -> report.add(new Figure(database + ": decryption's share of the replay",
                100 * opening * personalEvents / (cpuMicrosPerEvent * events), "%", null, 10.0, false, String.format(
                        "%,d of %,d events carry a person; %.1f us of opening each beside %.0f us of CPU per replayed event",
                        personalEvents, events, opening, cpuMicrosPerEvent))));
    }

    /** The serializer alone: an upper bound of what encryption adds to a write or a replay of a contact event. */
    private static String extra(double plain, double sealed) {
        return String.format("limit: the same events in plain JSON; encryption adds %.1f us per contact event",
                1e6 / sealed - 1e6 / plain);
    }

    /** How many times a second {@code step} runs over the items, round robin, for {@code duration}. */
    private static <T> double rate(List<T> items, Function<T, ?> step, Duration duration) {
        long began = System.nanoTime();
        long end = began + duration.toNanos();
        long done = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 1000; i++) {
                step.apply(items.get((int) (done++ % items.size())));
            }
        }
        return done / ((System.nanoTime() - began) / 1e9);
    }
}
