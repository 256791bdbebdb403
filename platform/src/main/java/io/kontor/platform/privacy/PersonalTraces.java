package io.kontor.platform.privacy;

import io.kontor.platform.web.idempotency.IdempotencyRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What an erasure removes besides the key, in the erasure's transaction: the snapshots of the person's
 * aggregates (encrypted, but of no use once the key is gone), the dead letters of their events, and the
 * stored answers of idempotent requests that name them.
 */
@Component
public class PersonalTraces {

    private final JdbcTemplate jdbc;
    private final IdempotencyRecords idempotency;

    public PersonalTraces(JdbcTemplate jdbc, IdempotencyRecords idempotency) {
        this.jdbc = jdbc;
        this.idempotency = idempotency;
    }

    /** {@code subjects}: the erased contacts' and leads' ids; {@code emails}: their addresses. */
    public void erase(Collection<UUID> subjects, Collection<String> emails) {
        List<String> terms = new ArrayList<>(emails);
        for (UUID subject : subjects) {
            jdbc.update("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ?", subject.toString());
            jdbc.update("DELETE FROM dead_letter_entry WHERE aggregate_identifier = ?", subject.toString());
            terms.add(subject.toString());
        }
        idempotency.forgetMentioning(terms);
    }
}
