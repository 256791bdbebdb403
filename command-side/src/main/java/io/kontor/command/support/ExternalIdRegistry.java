package io.kontor.command.support;

import io.kontor.api.common.BusinessRuleViolation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A record's id in another system names one Kontor record per source and kind of record: the claim's
 * primary key is the rule, written in the command's transaction (a concurrent claim of the same id is
 * refused by the key, and named).
 */
@Component
public class ExternalIdRegistry {

    private final JdbcTemplate jdbc;

    public ExternalIdRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the record's id in {@code source} from {@code previous} to {@code next} (either may be null). */
    public void change(String recordType, UUID aggregateId, String source, String previous, String next) {
        if (previous != null) {
            jdbc.update("DELETE FROM external_id_claim WHERE source = ? AND record_type = ? AND external_id = ? AND aggregate_id = ?",
                    source, recordType, previous, aggregateId);
        }
        if (next != null) {
            claim(recordType, aggregateId, source, next);
        }
    }

    /** The record holding the id, if any. */
    public java.util.Optional<UUID> holder(String recordType, String source, String externalId) {
        return jdbc.queryForList("SELECT aggregate_id FROM external_id_claim WHERE source = ? AND record_type = ? AND external_id = ?",
                UUID.class, source, recordType, externalId).stream().findFirst();
    }

    private void claim(String recordType, UUID aggregateId, String source, String externalId) {
        List<UUID> holder = holder(recordType, source, externalId).stream().toList();
        if (!holder.isEmpty() && holder.get(0).equals(aggregateId)) {
            return;
        }
        if (!holder.isEmpty() || !Claims.tryWrite(jdbc, "INSERT INTO external_id_claim (source, record_type, external_id, "
                + "aggregate_id) VALUES (?, ?, ?, ?)", source, recordType, externalId, aggregateId)) {
            UUID taken = holder.isEmpty() ? holder(recordType, source, externalId).orElse(null) : holder.get(0);
            throw new BusinessRuleViolation("external-id-taken", "The " + source + " id " + externalId + " already belongs to "
                    + recordType.toLowerCase(java.util.Locale.ROOT) + " " + taken + ".",
                    taken == null ? Map.of("externalId", externalId) : Map.of("externalId", externalId, "holderId", taken));
        }
    }
}
