package io.kontor.query.territory;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;

/**
 * Places accounts again as the projection's events require. The territories are read once per batch of
 * events (again after a territory event, or for an earlier instant), and the background worker is waited
 * for once per batch, so a chunk of a big tree costs its own statements and nothing per account.
 */
final class LiveReassignment {

    private static final String TIMELINE = LiveReassignment.class.getName() + "/timeline";

    private final TerritoryVersions versions;
    private final Reassignment reassignment;
    private final ReevaluationJobs jobs;

    LiveReassignment(TerritoryVersions versions, Reassignment reassignment, ReevaluationJobs jobs) {
        this.versions = versions;
        this.reassignment = reassignment;
        this.jobs = jobs;
    }

    void reassign(UUID accountId, Instant from) {
        reassign(Map.of(accountId, from));
    }

    /** Re-evaluates the accounts (a chunk's worth), each from its own instant on. */
    void reassign(Map<UUID, Instant> from) {
        if (from.isEmpty()) {
            return;
        }
        TerritoryTimeline timeline = timeline(Collections.min(from.values()));
        if (timeline.isEmpty()) {
            return;
        }
        jobs.waitForWorker();
        reassignment.accounts(from, timeline);
    }

    /** A territory event changed the territories: the batch's next placement reads them again. */
    void territoriesChanged() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().resources().remove(TIMELINE);
        }
    }

    private TerritoryTimeline timeline(Instant from) {
        if (!CurrentUnitOfWork.isStarted()) {
            return versions.from(from);
        }
        var resources = CurrentUnitOfWork.get().root().resources();
        TerritoryTimeline cached = (TerritoryTimeline) resources.get(TIMELINE);
        if (cached == null || !cached.covers(from)) {
            // an hour earlier than asked, so the events of a batch that arrive slightly out of order reuse it
            cached = versions.from(from.minusSeconds(3600));
            resources.put(TIMELINE, cached);
        }
        return cached;
    }
}
