package io.kontor.query.replay;

import io.kontor.query.readmodel.BulkFold;
import io.kontor.query.readmodel.Generation;
import io.kontor.query.readmodel.ReadModelHandlers;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * One pass over the event store that builds new generations of one or more read models beside their
 * live ones: the events up to the live projections' safe position in large transactions, again until
 * it is close behind them, then, with the live batches paused, the last few events and the switch.
 */
final class Rebuild {

    /** A generation being built, the handlers that fill it and, for the first pass, its fold (or null). */
    record Target(Generation generation, ReadModelHandlers handlers, BulkFold fold) {

        Target(Generation generation, ReadModelHandlers handlers) {
            this(generation, handlers, handlers.readModel().bulk() == null ? null : handlers.readModel().bulk().get());
        }
    }

    private final List<Target> targets;
    private final RebuildSteps steps;
    private final Instant started = Instant.now();
    private volatile long position;
    private volatile long done;
    private final BatchedRows rows;
    private boolean folding;

    Rebuild(List<Target> targets, RebuildSteps steps) {
        this.targets = List.copyOf(targets);
        this.steps = steps;
        this.rows = steps.newRows();
    }

    List<Target> targets() {
        return targets;
    }

    boolean builds(String readModel) {
        return targets.stream().anyMatch(target -> target.generation().readModel().equals(readModel));
    }

    /** Events applied so far per second since the start. */
    double rate() {
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : done / seconds;
    }

    void run() {
        steps.createTables(targets);
        // The first pass goes to the folds of the read models that have one; later passes and the switch
        // run the handlers on what the folds wrote. At least one pass runs outside the switch, however
        // short the history: the live projections pause only for what arrived while the rebuild ran.
        folding = targets.stream().anyMatch(target -> target.fold() != null);
        long safe = steps.live().safe();
        do {
            try (EventRange range = steps.events(position, safe, any -> true)) {
                while (chunk(range)) {
                    steps.checkNotCancelled(targets);
                    if (folding && steps.foldsFull()) {
                        finishFolds();
                    }
                }
            }
            if (folding) {
                finishFolds();
            }
            steps.checkNotCancelled(targets);
            safe = steps.live().safe();
        } while (safe - position > steps.switchWithin());
        steps.switchOver(this);
    }

    /** Writes what the folds hold; the handlers go on from the next event. */
    private void finishFolds() {
        steps.finishFolds(targets, rows);
        folding = false;
    }

    /** Applies up to one chunk of the range in one transaction; false once the range is used up. */
    private boolean chunk(EventRange range) {
        boolean[] more = {false};
        steps.inBuildTransaction(targets, () -> {
            int applied = 0;
            TrackedEventMessage<?> event;
            while (applied < steps.chunkSize() && (event = range.next()) != null) {
                apply(event);
                applied++;
            }
            more[0] = applied == steps.chunkSize();
            rows.flush();
            steps.recordProgress(targets, position, done);
        });
        return more[0];
    }

    /** Applies the events the live projections applied after this rebuild's position; called during the switch. */
    void catchUp(LivePosition.Token live) {
        try (EventRange range = steps.events(position, live.index(), live::applied)) {
            TrackedEventMessage<?> event;
            while ((event = range.next()) != null) {
                apply(event);
            }
        }
        position = Math.max(position, live.index());
    }

    long position() {
        return position;
    }

    long done() {
        return done;
    }

    private void apply(TrackedEventMessage<?> event) {
        for (Target target : targets) {
            try {
                if (folding && target.fold() != null) {
                    target.fold().apply(event, rows);
                } else {
                    target.handlers().handle(event);
                }
            } catch (CancellationException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("event " + EventRange.position(event) + " (" + event.getPayloadType().getSimpleName()
                        + ") failed in " + target.generation().readModel() + ": " + e.getMessage(), e);
            }
        }
        position = EventRange.position(event);
        done++;
    }
}
