package io.kontor.command.imports;

import io.kontor.imports.SourceFile;
import io.kontor.imports.record.ImportSource;
import io.kontor.imports.record.RecordType;
import io.kontor.platform.persistence.IdLists;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code import_job}, {@code import_file} and {@code import_problem} tables: an import's state, its
 * files until it ends, and what it reported. Progress is written by each chunk in its own transaction.
 */
@Component
public class ImportJobs {

    private static final RowMapper<ImportJob> JOB = (rs, row) -> new ImportJob(rs.getObject("id", UUID.class),
            ImportSource.fromKey(rs.getString("source")).orElseThrow(), ImportStatus.valueOf(rs.getString("status")),
            rs.getString("principal"), rs.getString("correlation_id"), rs.getString("currency"), rs.getBoolean("atomic"),
            rs.getInt("total_rows"), rs.getInt("done_rows"), rs.getInt("created"), rs.getInt("updated"), rs.getInt("unchanged"),
            rs.getInt("matched"), rs.getInt("failed"), rs.getInt("next_step"), rs.getString("owner"),
            instant(rs.getObject("accepted_at", OffsetDateTime.class)), instant(rs.getObject("started_at", OffsetDateTime.class)),
            instant(rs.getObject("finished_at", OffsetDateTime.class)), rs.getString("failure"), rs.getString("reverted_by"),
            rs.getString("revert_correlation_id"), (Long) rs.getObject("event_position"));

    private final JdbcTemplate jdbc;

    public ImportJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ImportJob job, List<SourceFile> files) {
        jdbc.update("INSERT INTO import_job (id, source, status, principal, correlation_id, currency, atomic, total_rows, "
                        + "done_rows, created, updated, unchanged, matched, failed, next_step, accepted_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)", job.id(), job.source().key(),
                job.status().name(), job.principal(), job.correlationId(), job.currency(), job.atomic(), utc(job.acceptedAt()));
        for (int i = 0; i < files.size(); i++) {
            SourceFile file = files.get(i);
            jdbc.update("INSERT INTO import_file (import_id, ordinal, name, charset, size, content) VALUES (?, ?, ?, ?, ?, ?)",
                    job.id(), i, file.name() == null ? "upload" : file.name(), file.charset(), file.content().length,
                    file.content());
        }
    }

    public Optional<ImportJob> find(UUID id) {
        return jdbc.query("SELECT * FROM import_job WHERE id = ?", JOB, id).stream().findFirst();
    }

    List<SourceFile> files(UUID id) {
        return jdbc.query("SELECT name, charset, content FROM import_file WHERE import_id = ? AND content IS NOT NULL "
                + "ORDER BY ordinal", (rs, row) -> new SourceFile(rs.getString(1), rs.getBytes(3), rs.getString(2)), id);
    }

    List<String> fileNames(UUID id) {
        return jdbc.queryForList("SELECT name FROM import_file WHERE import_id = ? ORDER BY ordinal", String.class, id);
    }

    /**
     * Imports this node should run: those it ran before it stopped, planned ones and reverts nobody took, and
     * running ones whose node stopped reporting progress before {@code staleBefore}. Oldest first.
     */
    List<UUID> runnable(String node, Instant staleBefore) {
        // One IN on the status (an index range on H2 too, which scans the whole table for a top-level OR), the
        // rest filtered on the few open imports it finds.
        return jdbc.queryForList("SELECT id FROM import_job WHERE status IN ('PLANNED', 'RUNNING', 'REVERTING') "
                + "AND (status = 'PLANNED' OR owner IS NULL OR owner = ? OR heartbeat_at < ?) ORDER BY accepted_at",
                UUID.class, node, utc(staleBefore));
    }

    /** Takes the import for this node unless another node took it meanwhile; true if it did. */
    boolean claim(UUID id, String node, Instant staleBefore) {
        Instant now = Instant.now();
        return jdbc.update("UPDATE import_job SET status = CASE WHEN status = 'PLANNED' THEN 'RUNNING' ELSE status END, "
                + "owner = ?, heartbeat_at = ?, started_at = COALESCE(started_at, ?) WHERE id = ? AND (status = 'PLANNED' "
                + "OR (status IN ('RUNNING', 'REVERTING') AND (owner IS NULL OR owner = ? OR heartbeat_at < ?)))",
                node, utc(now), utc(now), id, node, utc(staleBefore)) == 1;
    }

    void begin(UUID id, int rows, int done, int failed) {
        jdbc.update("UPDATE import_job SET total_rows = ?, done_rows = ?, failed = ?, heartbeat_at = ? WHERE id = ?", rows, done,
                failed, utc(Instant.now()), id);
    }

    /**
     * Adds a chunk's counts, in the chunk's own transaction, so progress and events commit together. Refused
     * (the chunk rolls back) unless this node still holds the import and the chunk starts where the last one
     * ended: a node that was taken for dead and comes back never applies a step twice.
     */
    void advance(UUID id, String owner, int fromStep, Progress delta, int nextStep) {
        int advanced = jdbc.update("UPDATE import_job SET done_rows = done_rows + ?, created = created + ?, updated = updated + ?, "
                        + "unchanged = unchanged + ?, matched = matched + ?, failed = failed + ?, next_step = ?, heartbeat_at = ? "
                        + "WHERE id = ? AND owner = ? AND next_step = ?", delta.done(), delta.created(), delta.updated(),
                delta.unchanged(), delta.matched(), delta.failed(), nextStep, utc(Instant.now()), id, owner, fromStep);
        if (advanced != 1) {
            throw new IllegalStateException("import " + id + " is no longer this node's at step " + fromStep);
        }
    }

    /**
     * Raises the import's position to the newest stored event of the records a chunk created, changed or found
     * unchanged, in the chunk's transaction (so its own events count). The projections fetch the positions they
     * skipped while a transaction was open together with later ones, and the import's newest event was written
     * after its earlier chunks had committed: awaiting it shows every record the import created or changed, and
     * the records it found unchanged when their newest events come from one writer (the import that created
     * them, say). The head of the stream at the end would not do: another writer's event may have been written
     * after the import's last event but committed before it, and be read while the import's events still wait.
     */
    void cover(UUID id, Collection<UUID> records) {
        // Axon appends the unit of work's events as it prepares to commit, after the handler: look then.
        CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> IdLists.inChunks(records, chunk -> {
            Long newest = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry WHERE aggregate_identifier IN ("
                    + IdLists.placeholders(chunk.size()) + ")", Long.class, chunk.stream().map(UUID::toString).toArray());
            if (newest != null) {
                jdbc.update("UPDATE import_job SET event_position = GREATEST(COALESCE(event_position, 0), ?) WHERE id = ?",
                        newest, id);
            }
        }));
    }

    void heartbeat(UUID id) {
        jdbc.update("UPDATE import_job SET heartbeat_at = ? WHERE id = ?", utc(Instant.now()), id);
    }

    void status(UUID id, ImportStatus status, int nextStep) {
        jdbc.update("UPDATE import_job SET status = ?, next_step = ?, heartbeat_at = ? WHERE id = ?", status.name(),
                nextStep, utc(Instant.now()), id);
    }

    /**
     * Ends the import; its files are no longer needed (their names and sizes stay). Its position is the one its
     * chunks raised ({@link #cover}); an import that touched no record gets the head of the event stream.
     */
    void finish(UUID id, ImportStatus status, String failure) {
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        jdbc.update("UPDATE import_job SET status = ?, finished_at = ?, failure = ?, owner = NULL, "
                        + "event_position = COALESCE(event_position, ?) WHERE id = ?",
                status.name(), utc(Instant.now()), failure == null ? null : failure.substring(0, Math.min(failure.length(), 2000)),
                head, id);
        jdbc.update("UPDATE import_file SET content = NULL WHERE import_id = ?", id);
    }

    /** Stores problems after those already stored, up to {@code limit} per import. */
    void report(UUID id, List<Problem> problems, int limit) {
        if (problems.isEmpty()) {
            return;
        }
        Integer stored = jdbc.queryForObject("SELECT COUNT(*) FROM import_problem WHERE import_id = ?", Integer.class, id);
        int seq = stored == null ? 0 : stored;
        List<Object[]> rows = new ArrayList<>();
        for (Problem problem : problems) {
            if (seq >= limit) {
                break;
            }
            rows.add(new Object[]{id, ++seq, problem.kind(), problem.file(), problem.line(),
                    problem.type() == null ? null : problem.type().objectName(), problem.field(),
                    problem.message().substring(0, Math.min(problem.message().length(), 2000)), problem.recordId()});
        }
        jdbc.batchUpdate("INSERT INTO import_problem (import_id, seq, kind, file, line, object, field, message, record_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    List<Problem> problems(UUID id, String kind, int limit) {
        return jdbc.query("SELECT * FROM import_problem WHERE import_id = ? AND kind = ? ORDER BY seq FETCH FIRST " + limit
                + " ROWS ONLY", (rs, row) -> new Problem(rs.getString("kind"), rs.getString("file"),
                (Integer) rs.getObject("line"), type(rs.getString("object")), rs.getString("field"), rs.getString("message"),
                rs.getObject("record_id", UUID.class)), id, kind);
    }

    int problemCount(UUID id, String kind) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM import_problem WHERE import_id = ? AND kind = ?",
                Integer.class, id, kind);
        return count == null ? 0 : count;
    }

    private static RecordType type(String objectName) {
        for (RecordType type : RecordType.values()) {
            if (type.objectName().equals(objectName)) {
                return type;
            }
        }
        return null;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
