package io.kontor.command.imports;

import io.kontor.imports.record.RecordKey;
import io.kontor.imports.record.RecordType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What each import did to which record ({@code import_change}), and what the source said about each record
 * ({@code external_id_claim.imported_values}): written in batches at the end of each chunk, in its
 * transaction.
 */
@Component
class ImportChanges {

    /** A record an import created, updated or closed, with what the previous import had said about it. */
    record Change(RecordKey key, UUID aggregateId, UUID contactId, Decision.Action action, Map<String, String> previous,
                  Map<String, String> values) {
    }

    /** A change as revert reads it back. */
    record Recorded(RecordType type, UUID aggregateId, UUID contactId, String action, String source, String externalId,
                    Map<String, String> previous) {
    }

    private final JdbcTemplate jdbc;

    ImportChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID importId, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<Object[]> values = new ArrayList<>();
        List<Object[]> journal = new ArrayList<>();
        for (Change change : changes) {
            values.add(new Object[]{ClaimCache.write(change.values()), change.key().namespace(), change.key().type().name(),
                    change.key().id()});
            if (change.action() != Decision.Action.CLOSE) {
                journal.add(new Object[]{importId, change.key().type().name(), change.aggregateId(), change.contactId(),
                        change.action().name(), change.key().namespace(), change.key().id(), ClaimCache.write(change.previous())});
            }
        }
        jdbc.batchUpdate("UPDATE external_id_claim SET imported_values = ? WHERE source = ? AND record_type = ? "
                + "AND external_id = ?", values);
        jdbc.batchUpdate("INSERT INTO import_change (import_id, record_type, aggregate_id, contact_id, action, source, "
                + "external_id, previous_values) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", journal);
    }

    /** A page of the records the import created or changed, in a stable order. */
    List<Recorded> page(UUID importId, long offset, int size) {
        return jdbc.query("SELECT * FROM import_change WHERE import_id = ? ORDER BY record_type, aggregate_id, external_id "
                + "OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", (rs, row) -> recorded(rs), importId, offset, size);
    }

    List<Recorded> of(UUID importId) {
        return jdbc.query("SELECT * FROM import_change WHERE import_id = ? ORDER BY record_type, aggregate_id, external_id",
                (rs, row) -> recorded(rs), importId);
    }

    private static Recorded recorded(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Recorded(RecordType.valueOf(rs.getString("record_type")), rs.getObject("aggregate_id", UUID.class),
                rs.getObject("contact_id", UUID.class), rs.getString("action"), rs.getString("source"),
                rs.getString("external_id"), ClaimCache.read(rs.getString("previous_values")));
    }
}
