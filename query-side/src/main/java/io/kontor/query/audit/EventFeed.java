package io.kontor.query.audit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The global event stream in pages that never skip or repeat an event, even while writes go on.
 *
 * <p>Positions are handed out when a transaction inserts its events, but transactions commit in
 * their own order: position 11 may be visible while 10 is still being written. A page therefore stops
 * before a hole in the positions, and the client's next page starts there. A hole is accepted as
 * permanent (a rolled-back insert also consumes a position) only once the event after it is older than
 * {@code kontor.audit.gap-settle-time}: by then the transaction holding the missing position has
 * committed or failed, because command transactions are bounded by Spring's transaction timeout.
 */
@Component
public class EventFeed {

    public record Page(List<StoredEvent> events, long next, boolean holdingBackAtGap) {
    }

    private final StoredEvents events;
    private final Duration settleTime;
    private final Clock clock;

    @Autowired
    public EventFeed(StoredEvents events, @Value("${kontor.audit.gap-settle-time:PT20S}") Duration settleTime) {
        this(events, settleTime, Clock.systemUTC());
    }

    EventFeed(StoredEvents events, Duration settleTime, Clock clock) {
        this.events = events;
        this.settleTime = settleTime;
        this.clock = clock;
    }

    public Page after(long position, int limit) {
        List<StoredEvent> candidates = events.after(position, limit);
        List<StoredEvent> page = new ArrayList<>();
        long expected = position + 1;
        for (StoredEvent event : candidates) {
            boolean contiguous = event.position() == expected;
            if (!contiguous && !settled(event)) {
                return new Page(page, expected - 1, true);
            }
            page.add(event);
            expected = event.position() + 1;
        }
        return new Page(page, expected - 1, false);
    }

    private boolean settled(StoredEvent eventAfterGap) {
        return eventAfterGap.timestamp().plus(settleTime).isBefore(clock.instant());
    }
}
