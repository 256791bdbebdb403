package io.kontor.command.support;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.ExternalIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
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

    /**
     * Sets (or with a null {@code externalId} removes) the record's id in {@code source}, moving its claim.
     *
     * @return the record's ids after the change, or empty when they are as they were (apply no event then)
     */
    public Optional<Map<String, String>> change(String recordType, UUID aggregateId, Map<String, String> current,
                                                String source, String externalId) {
        Map<String, String> changed = ExternalIds.with(current, source, externalId);
        if (changed.equals(current)) {
            return Optional.empty();
        }
        if (current.get(source) != null) {
            release(recordType, aggregateId, source, current.get(source));
        }
        if (changed.get(source) != null) {
            claim(recordType, aggregateId, source, changed.get(source));
        }
        return Optional.of(changed);
    }

    /** Gives the record's id in {@code source} back (a record that ends, or a claim no aggregate holds, such as a contact role's). */
    public void release(String recordType, UUID aggregateId, String source, String externalId) {
        jdbc.update("DELETE FROM external_id_claim WHERE source = ? AND record_type = ? AND external_id = ? AND aggregate_id = ?",
                source, recordType, externalId, aggregateId);
    }

    /** Claims every id of a record being created. */
    public void claim(String recordType, UUID aggregateId, Map<String, String> externalIds) {
        externalIds.forEach((source, id) -> claim(recordType, aggregateId, source, id));
    }

    /** The record holding the id, if any. */
    public Optional<UUID> holder(String recordType, String source, String externalId) {
        return jdbc.queryForList("SELECT aggregate_id FROM external_id_claim WHERE source = ? AND record_type = ? AND external_id = ?",
                UUID.class, source, recordType, externalId).stream().findFirst();
    }

    /** Inserts the claim first (a new record's ids are almost always free), and only when that fails looks at the holder. */
    private void claim(String recordType, UUID aggregateId, String source, String externalId) {
        if (Claims.tryWrite(jdbc, "INSERT INTO external_id_claim (source, record_type, external_id, aggregate_id) "
                + "VALUES (?, ?, ?, ?)", source, recordType, externalId, aggregateId)) {
            return;
        }
        UUID holder = holder(recordType, source, externalId).orElse(null);
        if (!aggregateId.equals(holder)) {
            throw new BusinessRuleViolation("external-id-taken", "The " + source + " id " + externalId + " already belongs to "
                    + recordType.toLowerCase(java.util.Locale.ROOT) + " " + holder + ".",
                    holder == null ? Map.of("externalId", externalId) : Map.of("externalId", externalId, "holderId", holder));
        }
    }
}
