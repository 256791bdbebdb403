package io.kontor.query.projection;

import io.kontor.query.readmodel.Generations;
import io.kontor.query.readmodel.ReadModels;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How far the projections have come, for {@code X-Await-Position}: a read waits until every segment
 * of every projection has processed the given global position.
 *
 * <p>Progress is read from the token store, not from this process's memory, so it is right when the
 * segments are spread over several query nodes. A token covers a position only if that position is
 * not one of its gaps, so a slow transaction below the awaited position does not make a reader wait.
 * Processors in this process signal each committed batch, so waiters wake at once instead of polling.
 */
@Component
public class ProjectionProgress {

    private static final long RECHECK_MILLIS = 25;

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final Generations generations;
    private final ReadModels readModels;
    private final Object batchCommitted = new Object();

    /** The processing configuration is looked up lazily: it is built after the modules that use this class. */
    public ProjectionProgress(JdbcTemplate jdbc, Serializer serializer,
                              ObjectProvider<EventProcessingConfiguration> processing, Generations generations,
                              ReadModels readModels) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.processing = processing;
        this.generations = generations;
        this.readModels = readModels;
    }

    /** Called after each batch a local processor commits. */
    public void batchCommitted() {
        synchronized (batchCommitted) {
            batchCommitted.notifyAll();
        }
    }

    /**
     * Waits until every projection has processed {@code position} and every read model is live; false if
     * that took longer than {@code timeout}. The live generations are reloaded as the wait ends, so a read
     * that awaited a position never reads a generation switched out before it.
     */
    public boolean await(long position, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> processors = projectionNames();
        while (!covered(processors, position) || !allLive()) {
            long remainingMillis = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
            if (remainingMillis <= 0) {
                return false;
            }
            synchronized (batchCommitted) {
                batchCommitted.wait(Math.min(remainingMillis, RECHECK_MILLIS));
            }
        }
        return true;
    }

    /** Whether every read model has a live generation of the shape this code writes, after reloading them. */
    private boolean allLive() {
        generations.refresh();
        return readModels.all().stream().allMatch(readModel -> generations.live(readModel.name())
                .filter(live -> live.shape().equals(readModel.shape())).isPresent());
    }

    /** The streaming processors (projections) this query node runs. */
    public Set<String> projectionNames() {
        Set<String> names = new TreeSet<>();
        processing.getObject().eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor) {
                names.add(name);
            }
        });
        return names;
    }

    /** Every stored token per processor: segment to token (null before its first event). */
    public Map<String, Map<Integer, TrackingToken>> tokens(Set<String> processors) {
        Map<String, Map<Integer, TrackingToken>> tokens = new HashMap<>();
        jdbc.query("SELECT processor_name, segment, token, token_type FROM token_entry", rs -> {
            String name = rs.getString("processor_name");
            if (processors.contains(name)) {
                byte[] token = rs.getBytes("token");
                String type = rs.getString("token_type");
                TrackingToken trackingToken = token == null || type == null ? null
                        : serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
                tokens.computeIfAbsent(name, n -> new HashMap<>()).put(rs.getInt("segment"), trackingToken);
            }
        });
        return tokens;
    }

    private boolean covered(Set<String> processors, long position) {
        Map<String, Map<Integer, TrackingToken>> tokens = current(tokens(processors));
        for (String processor : processors) {
            Map<Integer, TrackingToken> segments = tokens.getOrDefault(processor, Map.of());
            if (segments.isEmpty() || segments.values().stream().anyMatch(token -> !covers(token, position))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Replaces stored tokens with the in-memory ones of segments this node is processing. A segment that
     * only skipped events (they belong to other segments) stores its token lazily, but its in-memory
     * position is exact.
     */
    private Map<String, Map<Integer, TrackingToken>> current(Map<String, Map<Integer, TrackingToken>> stored) {
        processing.getObject().eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && stored.containsKey(name)) {
                streaming.processingStatus().forEach((segment, status) -> {
                    if (status.getTrackingToken() != null && !status.isErrorState()) {
                        stored.get(name).put(segment, status.getTrackingToken());
                    }
                });
            }
        });
        return stored;
    }

    /**
     * Whether a segment at {@code token} has processed the event at {@code position}: it has reached the
     * position and the position is not one of its gaps. Axon's own {@code covers} also demands that the
     * token has no gaps below the position at all, so one rolled-back append (a conflict between
     * command nodes burns a sequence value for good) would make every later read wait until the gap is
     * cleaned. Other gaps do not matter here: an event the client's write depended on committed before
     * that write was appended, so any fetch that saw the write saw it too. During a replay only the
     * replay's progress counts.
     */
    static boolean covers(TrackingToken token, long position) {
        TrackingToken progress = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (progress instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return progress != null && progress.covers(GapAwareTrackingToken.newInstance(position, Collections.emptySet()));
    }
}
