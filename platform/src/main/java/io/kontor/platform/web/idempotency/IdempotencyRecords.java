package io.kontor.platform.web.idempotency;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The stored first answers of idempotent requests, as seen by an erasure: an answer that names an erased
 * person (the location or id of their record, their email in a refusal) must not outlive their key. Only a
 * day of answers is kept ({@code kontor.idempotency.retention}), so reading them all is bounded.
 */
@Component
public class IdempotencyRecords {

    private final JdbcTemplate jdbc;

    public IdempotencyRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes every record whose stored answer contains one of {@code terms} (compared without case); returns how many. */
    public int forgetMentioning(Collection<String> terms) {
        List<String> needles = terms.stream().map(term -> term.toLowerCase(Locale.ROOT)).toList();
        List<Object[]> doomed = new ArrayList<>();
        jdbc.query("SELECT principal, idem_key, location, body FROM idempotency_key", rs -> {
            byte[] body = rs.getBytes("body");
            String answer = ((rs.getString("location") == null ? "" : rs.getString("location")) + '\n'
                    + (body == null ? "" : new String(body, StandardCharsets.UTF_8))).toLowerCase(Locale.ROOT);
            if (needles.stream().anyMatch(answer::contains)) {
                doomed.add(new Object[]{rs.getString("principal"), rs.getString("idem_key")});
            }
        });
        return doomed.isEmpty() ? 0
                : jdbc.batchUpdate("DELETE FROM idempotency_key WHERE principal = ? AND idem_key = ?", doomed).length;
    }
}
