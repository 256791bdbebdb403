package io.kontor.query.admin;

import io.kontor.api.common.NotFoundException;
import io.kontor.query.projection.ProjectionDispatcher;
import io.kontor.query.projection.ProjectionProgress;
import io.kontor.query.readmodel.Generation;
import io.kontor.query.readmodel.Generations;
import io.kontor.query.readmodel.ReadModelHandlers;
import io.kontor.query.readmodel.ReadModels;
import io.kontor.query.replay.Rebuilds;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists the projections (read models) with their progress, and replays one: a new generation of its
 * tables is built from the first event beside the live one, which keeps answering every read, and
 * replaces it in one transaction once it has caught up.
 */
@Component
public class ProjectionAdmin {

    private final EventProcessingConfiguration processing;
    private final ProjectionProgress progress;
    private final JdbcTemplate jdbc;
    private final ReadModels readModels;
    private final Generations generations;
    private final Rebuilds rebuilds;

    public ProjectionAdmin(EventProcessingConfiguration processing, ProjectionProgress progress, JdbcTemplate jdbc,
                           ReadModels readModels, Generations generations, Rebuilds rebuilds) {
        this.processing = processing;
        this.progress = progress;
        this.jdbc = jdbc;
        this.readModels = readModels;
        this.generations = generations;
        this.rebuilds = rebuilds;
    }

    public List<ProjectionStatus> list() {
        Snapshot snapshot = snapshot();
        return readModels.all().stream().map(readModel -> status(readModel, snapshot)).toList();
    }

    public ProjectionStatus status(String name) {
        return status(readModels.named(name), snapshot());
    }

    public ProjectionStatus replay(String name, String requestedBy) {
        rebuilds.replay(name, requestedBy);
        return status(name);
    }

    public List<ProjectionStatus> replayAll(String requestedBy) {
        rebuilds.replayAll(requestedBy);
        return list();
    }

    public ProjectionStatus cancel(String name) {
        rebuilds.cancel(name).orElseThrow(() -> new NotFoundException("No replay of " + name + " is running."));
        return status(name);
    }

    /** What every projection's status is read from, read once per listing. */
    private record Snapshot(long head, long position, boolean running, int segments, int segmentsHere, long deadLetters,
                            List<Generation> current, Map<String, Generation> unsuccessful) {
    }

    private Snapshot snapshot() {
        StreamingEventProcessor processor = processing.eventProcessor(ProjectionDispatcher.PROCESSOR, StreamingEventProcessor.class)
                .orElseThrow();
        Map<Integer, TrackingToken> stored = progress.tokens(Set.of(ProjectionDispatcher.PROCESSOR))
                .getOrDefault(ProjectionDispatcher.PROCESSOR, Map.of());
        Map<Integer, EventTrackerStatus> local = processor.processingStatus();
        long position = stored.isEmpty() ? 0 : Long.MAX_VALUE;
        for (Map.Entry<Integer, TrackingToken> segment : stored.entrySet()) {
            EventTrackerStatus status = local.get(segment.getKey());
            TrackingToken token = status != null && status.getTrackingToken() != null ? status.getTrackingToken() : segment.getValue();
            position = Math.min(position, token == null ? 0 : token.position().orElse(0));
        }
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        Long deadLetters = jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter_entry WHERE processing_group = ?", Long.class,
                ProjectionDispatcher.PROCESSOR);
        return new Snapshot(head == null ? 0 : head, position, processor.isRunning(), stored.size(), local.size(),
                deadLetters == null ? 0 : deadLetters, generations.current(), generations.lastUnsuccessful());
    }

    private ProjectionStatus status(ReadModelHandlers readModel, Snapshot snapshot) {
        String name = readModel.name();
        Generation live = find(snapshot.current(), name, Generation.State.LIVE);
        Generation pending = snapshot.current().stream()
                .filter(generation -> generation.readModel().equals(name) && generation.state().pending()).findFirst().orElse(null);
        boolean current = live != null && live.shape().equals(readModel.shape());
        String status = !snapshot.running() ? "STOPPED" : pending != null || !current ? "REPLAYING" : "RUNNING";
        long position = live != null ? snapshot.position() : pending != null ? pending.position() : 0;
        Generation shown = pending != null ? pending : newerThan(snapshot.unsuccessful().get(name), live);
        return new ProjectionStatus(name, status, position, snapshot.head(), Math.max(0, snapshot.head() - position),
                live == null ? null : live.number(), snapshot.segments(), snapshot.segmentsHere(),
                pending == null ? null : percent(pending), shown == null ? null : replay(shown), snapshot.deadLetters());
    }

    private ReplayStatus replay(Generation generation) {
        Double rate = rebuilds.rate(generation.readModel()).orElseGet(() -> generation.startedAt() == null ? null
                : generation.eventsDone() / Math.max(0.001, Duration.between(generation.startedAt(), Instant.now()).toMillis() / 1000.0));
        Instant expectedEnd = rate == null || rate <= 0 || !generation.state().pending() ? null : Instant.now().plusMillis(
                (long) (1000 * Math.max(0, generation.eventsTotal() - generation.eventsDone()) / rate));
        return new ReplayStatus(generation.number(), generation.state().name(), generation.eventsDone(),
                generation.eventsTotal(), rate, generation.startedAt(), expectedEnd, generation.requestedBy(), generation.failure());
    }

    private static Integer percent(Generation generation) {
        return generation.eventsTotal() <= 0 ? 0 : (int) Math.min(99, 100 * generation.eventsDone() / generation.eventsTotal());
    }

    private static Generation find(List<Generation> generations, String name, Generation.State state) {
        return generations.stream().filter(generation -> generation.readModel().equals(name) && generation.state() == state)
                .findFirst().orElse(null);
    }

    private static Generation newerThan(Generation candidate, Generation live) {
        return candidate != null && (live == null || candidate.number() > live.number()) ? candidate : null;
    }
}
