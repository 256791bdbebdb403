package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The event log verified over HTTP; a payload, a time or a principal changed with SQL is found at its position. */
class IntegrityEndToEndTest extends StandaloneTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anEventChangedBehindKontorsBackIsFoundAtItsPositionAndTheLogIsWholeAgainOnceItIsRestored() {
        Http.Response opened = openAccount(Map.of("name", "Integrity " + System.nanoTime(), "debtorNumber", "I-" + System.nanoTime()));
        Http.Response renamed = service().patch("/api/accounts/" + opened.id(), Map.of("name", "Integrity renamed"));
        long position = renamed.eventPosition();
        JsonNode whole = auditor().get("/api/audit/integrity").json();
        assertThat(whole.path("valid").asBoolean()).as("%s", whole).isTrue();
        assertThat(whole.path("eventsChecked").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(whole.path("to").asLong()).isGreaterThanOrEqualTo(position);

        tamper(position, "payload", "Integrity renamed", "Integrity forged");
        tamper(position, "meta_data", "\"service\"", "\"somebody\"");
        String time = jdbc.queryForObject("SELECT time_stamp FROM domain_event_entry WHERE global_index = ?", String.class, position);
        jdbc.update("UPDATE domain_event_entry SET time_stamp = ? WHERE global_index = ?", "2020-01-01T00:00:00Z", position);
        try {
            JsonNode broken = auditor().get("/api/audit/integrity").json();
            assertThat(broken.path("valid").asBoolean()).isFalse();
            assertThat(broken.path("firstBrokenPosition").asLong()).isEqualTo(position);
            assertThat(broken.path("problem").asText()).isEqualTo("event-altered");
        } finally {
            jdbc.update("UPDATE domain_event_entry SET time_stamp = ? WHERE global_index = ?", time, position);
        }
        assertThat(auditor().get("/api/audit/integrity").json().path("valid").asBoolean()).isTrue();
        assertThat(auditor().get("/api/audit/integrity/checkpoints?limit=5").status()).isEqualTo(200);
        assertThat(auditor().get("/api/audit/integrity?fromCheckpoint=0").status()).isEqualTo(400);
        assertThat(analyst().get("/api/audit/integrity").status()).isEqualTo(403);
    }

    /** Changes one column of the stored event, checks the log is found broken there, and puts it back. */
    private void tamper(long position, String column, String from, String to) {
        byte[] original = jdbc.queryForObject("SELECT " + column + " FROM domain_event_entry WHERE global_index = ?", byte[].class,
                position);
        String text = new String(original, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        jdbc.update("UPDATE domain_event_entry SET " + column + " = ? WHERE global_index = ?",
                text.replace(from, to).getBytes(StandardCharsets.UTF_8), position);
        try {
            JsonNode broken = auditor().get("/api/audit/integrity").json();
            assertThat(broken.path("valid").asBoolean()).as(column).isFalse();
            assertThat(broken.path("firstBrokenPosition").asLong()).as(column).isEqualTo(position);
        } finally {
            jdbc.update("UPDATE domain_event_entry SET " + column + " = ? WHERE global_index = ?", original, position);
        }
    }

    private Http auditor() {
        return new Http(baseUrl(), "auditor");
    }
}
