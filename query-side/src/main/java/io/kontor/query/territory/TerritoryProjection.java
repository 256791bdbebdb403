package io.kontor.query.territory;

import io.kontor.api.account.AccountClosed;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountProfileUpdated;
import io.kontor.api.territory.TerritoryChanged;
import io.kontor.api.territory.TerritoryCreated;
import io.kontor.api.territory.TerritoryEvent;
import io.kontor.platform.persistence.IdLists;
import io.kontor.query.territory.AccountFactStore.Place;
import io.kontor.query.projection.LiveBatches;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static io.kontor.query.territory.TerritoryVersions.micros;

/**
 * Keeps territory versions, account facts and assignments. An account is placed again whenever
 * something its placement depends on changes: its opening, its profile, a move (which may give it and its
 * subtree another headquarters), its closing, and the country of its headquarters. A new version of a
 * territory asks for every account to be placed again, from the version's {@code effectiveFrom} on, by
 * the {@link ReevaluationWorker} in the background. Each handler skips what the read model already
 * reflects (versions by number, account events by sequence number).
 */
public final class TerritoryProjection {

    private static final int CHUNK = 1000;

    private final TerritoryVersions versions;
    private final AccountFactStore facts;
    private final Reassignment reassignment;
    private final ReevaluationJobs jobs;
    private final LiveReassignment live;
    private final TreeRehoming trees;

    TerritoryProjection(TerritoryVersions versions, AccountFactStore facts, Reassignment reassignment, ReevaluationJobs jobs) {
        this(versions, facts, reassignment, jobs, IdLists.CHUNK);
    }

    /** With trees re-homed in chunks of {@code treeChunk} accounts (small in a test, to have several). */
    TerritoryProjection(TerritoryVersions versions, AccountFactStore facts, Reassignment reassignment, ReevaluationJobs jobs,
                        int treeChunk) {
        this.versions = versions;
        this.facts = facts;
        this.reassignment = reassignment;
        this.jobs = jobs;
        this.live = new LiveReassignment(versions, reassignment, jobs);
        this.trees = new TreeRehoming(facts, live, treeChunk);
    }

    @EventHandler
    public void on(TerritoryCreated event, @Timestamp Instant at) {
        started(event, at);
    }

    @EventHandler
    public void on(TerritoryChanged event, @Timestamp Instant at) {
        started(event, at);
    }

    /**
     * A new version: live, every account is re-evaluated in the background; in a rebuild (or a test calling the
     * handler directly) at once, in the rebuild's transaction, so the new generation is complete when it goes live.
     */
    private void started(TerritoryEvent event, Instant at) {
        if (!versions.start(event)) {
            return;
        }
        Instant from = micros(event.effectiveFrom());
        jobs.request(event.territoryId(), event.version(), from, micros(at), facts.count());
        live.territoriesChanged();
        if (!LiveBatches.inLiveBatch()) {
            ReevaluationJobs.Job job = jobs.lockNext(event.territoryId(), event.version()).orElseThrow();
            TerritoryTimeline timeline = versions.from(from);
            long done = 0;
            UUID next = null;
            for (List<UUID> chunk = facts.accountsAfter(null, CHUNK); !chunk.isEmpty(); chunk = facts.accountsAfter(next, CHUNK)) {
                next = chunk.get(chunk.size() - 1);
                reassignment.range(chunk.get(0), next, from, timeline);
                done += chunk.size();
            }
            jobs.advance(job, done, next, micros(at), true);
        }
    }

    @EventHandler
    public void on(AccountOpened event, @SequenceNumber long sequence, @Timestamp Instant at) {
        UUID accountId = event.accountId();
        if (facts.place(accountId).isPresent()) {
            return;
        }
        String headquartersCountry = trees.headquartersCountry(event.parentId(), event.profile().country());
        Instant from = micros(at);
        facts.insert(accountId, event.parentId(), sequence, from, AccountFacts.of(event.profile(), headquartersCountry));
        live.reassign(accountId, from);
    }

    @EventHandler
    public void on(AccountProfileUpdated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        UUID accountId = event.accountId();
        Optional<Place> place = unapplied(accountId, sequence);
        Optional<AccountFacts> before = facts.current(accountId);
        if (place.isEmpty() || before.isEmpty()) {
            return;
        }
        boolean headquarters = place.get().parentId() == null;
        AccountFacts after = before.get().withProfile(event.profile());
        if (headquarters) {
            after = after.withHeadquartersCountry(after.country());
        }
        Instant from = micros(at);
        facts.change(accountId, from, after).ifPresent(changed -> live.reassign(accountId, changed));
        if (headquarters && !Objects.equals(before.get().country(), after.country())) {
            trees.countryChanged(accountId, from, after.country());
        }
    }

    @EventHandler
    public void on(AccountMovedInHierarchy event, @SequenceNumber long sequence, @Timestamp Instant at) {
        UUID accountId = event.accountId();
        Optional<Place> place = unapplied(accountId, sequence);
        if (place.isEmpty()) {
            return;
        }
        trees.moved(accountId, event.toParentId(), micros(at));
    }

    @EventHandler
    public void on(AccountClosed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        UUID accountId = event.accountId();
        if (unapplied(accountId, sequence).isPresent()) {
            facts.change(accountId, micros(at), AccountFacts::closed).ifPresent(from -> live.reassign(accountId, from));
        }
    }

    /** The account's place if the event is one the read model has not applied yet (and marks it applied). */
    private Optional<Place> unapplied(UUID accountId, long sequence) {
        Optional<Place> place = facts.place(accountId).filter(known -> sequence > known.version());
        place.ifPresent(known -> facts.applied(accountId, sequence));
        return place;
    }
}
