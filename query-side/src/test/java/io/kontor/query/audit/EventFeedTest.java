package io.kontor.query.audit;

import io.kontor.platform.axon.AxonInfrastructureConfiguration;
import io.kontor.platform.axon.EventRevisionResolver;
import io.kontor.platform.testing.TestDatabases;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The global feed holds back at a hole in the positions until the transaction behind it must be over. */
class EventFeedTest {

    private static final Instant WRITTEN = Instant.parse("2026-05-01T12:00:00Z");

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.h2());
    private StoredEvents events;

    @BeforeEach
    void setUp() {
        Serializer serializer = new AxonInfrastructureConfiguration().serializer(new EventRevisionResolver());
        Configuration axon = DefaultConfigurer.defaultConfiguration().configureSerializer(c -> serializer).buildConfiguration();
        events = new StoredEvents(jdbc, serializer,
                new StaticListableBeanFactory(Map.of("axon", axon)).getBeanProvider(Configuration.class));
        for (long position : new long[]{1, 2, 3, 5, 6}) {
            jdbc.update("INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, "
                            + "type, time_stamp, payload_type, payload_revision, payload, meta_data) "
                            + "VALUES (?, ?, ?, 0, 'Account', ?, 'java.lang.String', NULL, ?, ?)",
                    position, UUID.randomUUID().toString(), UUID.randomUUID().toString(), WRITTEN.toString(),
                    "\"event\"".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private EventFeed feedAt(Instant now) {
        return new EventFeed(events, Duration.ofSeconds(20), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void stopsBeforeAFreshHoleSoTheLateTransactionIsNotSkipped() {
        EventFeed.Page page = feedAt(WRITTEN.plusSeconds(1)).after(0, 10);
        assertThat(page.events()).extracting(StoredEvent::position).containsExactly(1L, 2L, 3L);
        assertThat(page.next()).isEqualTo(3);
        assertThat(page.holdingBackAtGap()).isTrue();
        assertThat(feedAt(WRITTEN.plusSeconds(1)).after(3, 10).events()).isEmpty();
    }

    @Test
    void passesAHoleOnceItIsOlderThanAnyTransactionCanBe() {
        EventFeed.Page page = feedAt(WRITTEN.plusSeconds(60)).after(0, 10);
        assertThat(page.events()).extracting(StoredEvent::position).containsExactly(1L, 2L, 3L, 5L, 6L);
        assertThat(page.next()).isEqualTo(6);
        assertThat(page.holdingBackAtGap()).isFalse();
    }

    @Test
    void pagesWithoutRepeating() {
        EventFeed feed = feedAt(WRITTEN.plusSeconds(60));
        EventFeed.Page first = feed.after(0, 2);
        EventFeed.Page second = feed.after(first.next(), 2);
        assertThat(first.events()).extracting(StoredEvent::position).containsExactly(1L, 2L);
        assertThat(second.events()).extracting(StoredEvent::position).containsExactly(3L, 5L);
    }
}
