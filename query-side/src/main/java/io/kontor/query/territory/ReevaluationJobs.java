package io.kontor.query.territory;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import static io.kontor.query.territory.TerritoryVersions.instant;
import static io.kontor.query.territory.TerritoryVersions.utc;

/**
 * The {@code territory_reevaluation} table: one re-evaluation of every account per version of a
 * territory, with its progress. The projection and the background worker take turns on the accounts:
 * a worker's chunk holds the job's row locked, and the projection locks every unfinished job's row
 * before it re-evaluates an account itself, so neither writes from facts the other is changing.
 */
final class ReevaluationJobs {

    private static final String LOCKED = ReevaluationJobs.class.getName() + "/locked";
    static final RowMapper<Job> JOB = (rs, row) -> new Job(rs.getObject("territory_id", UUID.class), rs.getInt("version"),
            instant(rs.getObject("from_instant", OffsetDateTime.class)), rs.getLong("accounts"), rs.getLong("done"),
            rs.getObject("next_account", UUID.class), instant(rs.getObject("requested_at", OffsetDateTime.class)),
            instant(rs.getObject("started_at", OffsetDateTime.class)), instant(rs.getObject("finished_at", OffsetDateTime.class)));
    static final String COLUMNS = "territory_id, version, from_instant, accounts, done, next_account, requested_at, "
            + "started_at, finished_at";

    /** One re-evaluation: of every account, from {@code from} on. */
    record Job(UUID territoryId, int version, Instant from, long accounts, long done, UUID nextAccount, Instant requestedAt,
               Instant startedAt, Instant finishedAt) {
    }

    private final JdbcTemplate jdbc;

    ReevaluationJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void request(UUID territoryId, int version, Instant from, Instant at, long accounts) {
        jdbc.update("INSERT INTO territory_reevaluation (" + COLUMNS + ") VALUES (?, ?, ?, ?, 0, NULL, ?, NULL, NULL)",
                territoryId, version, utc(from), accounts, utc(at));
    }

    /** Waits for a running chunk of the worker, once per batch of the projection (at once outside a batch). */
    void waitForWorker() {
        if (CurrentUnitOfWork.isStarted()) {
            var batch = CurrentUnitOfWork.get().root();
            if (batch.resources().containsKey(LOCKED)) {
                return;
            }
            batch.resources().put(LOCKED, Boolean.TRUE);
        }
        jdbc.query("SELECT territory_id FROM territory_reevaluation WHERE finished_at IS NULL FOR UPDATE", rs -> null);
    }

    /** The oldest unfinished job, its row locked until the transaction ends. */
    Optional<Job> lockNext() {
        return jdbc.query("SELECT territory_id, version FROM territory_reevaluation WHERE finished_at IS NULL "
                        + "ORDER BY requested_at, territory_id, version FETCH FIRST 1 ROWS ONLY",
                (rs, row) -> new Object[]{rs.getObject(1, UUID.class), rs.getInt(2)}).stream().findFirst()
                .flatMap(key -> jdbc.query("SELECT " + COLUMNS + " FROM territory_reevaluation WHERE territory_id = ? "
                        + "AND version = ? AND finished_at IS NULL FOR UPDATE", JOB, key[0], key[1]).stream().findFirst());
    }

    /** The given job, its row locked until the transaction ends. */
    Optional<Job> lockNext(UUID territoryId, int version) {
        return jdbc.query("SELECT " + COLUMNS + " FROM territory_reevaluation WHERE territory_id = ? AND version = ? FOR UPDATE",
                JOB, territoryId, version).stream().findFirst();
    }

    void advance(Job job, long done, UUID next, Instant now, boolean finished) {
        jdbc.update("UPDATE territory_reevaluation SET done = ?, next_account = ?, started_at = COALESCE(started_at, ?), "
                        + "finished_at = ?, accounts = ? WHERE territory_id = ? AND version = ?",
                done, next, utc(now), finished ? utc(now) : null, Math.max(job.accounts(), done), job.territoryId(),
                job.version());
    }

    /** The latest re-evaluation a version of the territory started. */
    Optional<Job> latest(UUID territoryId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM territory_reevaluation WHERE territory_id = ? ORDER BY version DESC "
                + "FETCH FIRST 1 ROWS ONLY", JOB, territoryId).stream().findFirst();
    }
}
