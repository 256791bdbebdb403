package io.kontor.query.replay;

import io.kontor.query.projection.ProjectionDispatcher;
import io.kontor.query.readmodel.Generation;
import io.kontor.query.readmodel.Generation.State;
import io.kontor.query.readmodel.Generations;
import io.kontor.query.readmodel.ReadModelHandlers;
import io.kontor.query.readmodel.ReadModels;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds new generations of read models: asked for by a replay, or by the service itself when a read
 * model has no live generation of its current shape (the first start, or a read model whose tables or
 * handlers changed). Builds run on the node that runs the live projections (it holds their segment), one
 * pass at a time for every generation requested by then; any node may ask, through the database.
 */
@Component
public class Rebuilds {

    /** The thread every build runs on. */
    public static final String THREAD = "kontor-read-model-rebuild";

    private static final Logger LOG = LoggerFactory.getLogger(Rebuilds.class);

    private final ReadModels readModels;
    private final Generations generations;
    private final RebuildSteps steps;
    private final GenerationSchemas schemas;
    private final EventProcessingConfiguration processing;
    private final Duration retiredGrace;
    private final TransactionTemplate transactions;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, THREAD);
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Rebuild> running = new AtomicReference<>();
    private volatile boolean owner;

    public Rebuilds(ReadModels readModels, Generations generations, RebuildSteps steps, GenerationSchemas schemas,
                    EventProcessingConfiguration processing, PlatformTransactionManager transactionManager,
                    @Value("${kontor.query.rebuild.retired-grace:PT30S}") Duration retiredGrace) {
        this.readModels = readModels;
        this.generations = generations;
        this.steps = steps;
        this.schemas = schemas;
        this.processing = processing;
        this.retiredGrace = retiredGrace;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Asks for a new generation of the read model; where a build is already asked for or running, that one. */
    public Generation replay(String readModel, String requestedBy) {
        ReadModelHandlers handlers = readModels.named(readModel);
        Generation requested = generations.request(readModel, handlers.shape(), requestedBy);
        worker.execute(this::startRequested);
        return requested;
    }

    /**
     * Asks for a new generation of every read model, built in one pass over the events: the requests are
     * made in one transaction, so a pass that starts meanwhile sees all of them or none.
     */
    public List<Generation> replayAll(String requestedBy) {
        List<Generation> requested = transactions.execute(status -> readModels.all().stream()
                .map(handlers -> generations.request(handlers.name(), handlers.shape(), requestedBy)).toList());
        worker.execute(this::startRequested);
        return requested;
    }

    /** Cancels the read model's pending generation, if there is one; the live one is untouched. */
    public Optional<Generation> cancel(String readModel) {
        readModels.named(readModel);
        return generations.current().stream()
                .filter(generation -> generation.readModel().equals(readModel) && generation.state().pending())
                .filter(generation -> generations.end(generation, State.CANCELLED, "cancelled by an administrator"))
                .findFirst();
    }

    /** Events per second of the build of the read model running here, if one is. */
    public Optional<Double> rate(String readModel) {
        Rebuild rebuild = running.get();
        return rebuild != null && rebuild.builds(readModel) ? Optional.of(rebuild.rate()) : Optional.empty();
    }

    @Scheduled(fixedDelayString = "${kontor.query.rebuild.interval:PT0.25S}")
    public void tick() {
        boolean wasOwner = owner;
        owner = runsTheLiveProjections();
        if (!owner) {
            return;
        }
        if (!wasOwner) {
            adoptOrphans();
        }
        requestMissingShapes();
        disposeOldGenerations();
        if (running.get() == null) {
            worker.execute(this::startRequested);
        }
    }

    private boolean runsTheLiveProjections() {
        return processing.eventProcessor(ProjectionDispatcher.PROCESSOR, StreamingEventProcessor.class)
                .map(processor -> processor.isRunning() && processor.processingStatus().containsKey(0)).orElse(false);
    }

    /**
     * Builds this node finds half done when it takes the projections over (after a restart, or from a
     * node that died) start again from the beginning: their connection and their memory are gone.
     */
    private void adoptOrphans() {
        if (running.get() == null) {
            generations.current().stream().filter(generation -> generation.state() == State.BUILDING)
                    .forEach(generations::requeue);
        }
    }

    /** A read model without a live generation of the shape this code writes gets one built. */
    private void requestMissingShapes() {
        List<Generation> current = generations.current();
        for (ReadModelHandlers handlers : readModels.all()) {
            String shape = handlers.shape();
            boolean served = current.stream().anyMatch(generation -> generation.readModel().equals(handlers.name())
                    && (generation.state().pending() || generation.shape().equals(shape)));
            Generation failed = generations.lastUnsuccessful().get(handlers.name());
            boolean failedRecently = failed != null && failed.shape().equals(shape) && failed.state() == State.FAILED;
            if (!served && !failedRecently) {
                boolean first = current.stream().noneMatch(generation -> generation.readModel().equals(handlers.name()));
                generations.request(handlers.name(), shape, first ? "kontor (first start)" : "kontor (new shape)");
            }
        }
    }

    private void disposeOldGenerations() {
        for (Generation generation : generations.disposable(retiredGrace)) {
            if (running.get() == null || !running.get().builds(generation.readModel())) {
                schemas.drop(generation);
                generations.disposed(generation);
            }
        }
    }

    private void startRequested() {
        if (!runsTheLiveProjections() || running.get() != null) {
            return;
        }
        List<Rebuild.Target> targets = new ArrayList<>();
        for (Generation generation : generations.requested()) {
            targets.add(new Rebuild.Target(generation, readModels.named(generation.readModel())));
        }
        if (targets.isEmpty()) {
            return;
        }
        Rebuild rebuild = new Rebuild(targets, steps);
        running.set(rebuild);
        try {
            LOG.info("Building {}", targets.stream().map(target -> target.generation().schema()).toList());
            rebuild.run();
            LOG.info("Switched to {} after {} events", targets.stream().map(target -> target.generation().schema()).toList(),
                    rebuild.done());
        } catch (CancellationException e) {
            // The cancelled generations are ended already; the others of the pass are asked for again.
            LOG.info("Rebuild stopped: {}", e.getMessage());
            targets.forEach(target -> generations.requeue(target.generation()));
        } catch (RuntimeException e) {
            LOG.error("Rebuild of {} failed; the live generations are untouched", targets.stream()
                    .map(target -> target.generation().schema()).toList(), e);
            end(targets, State.FAILED, e.getMessage());
        } finally {
            running.set(null);
        }
    }

    private void end(List<Rebuild.Target> targets, State state, String why) {
        targets.forEach(target -> generations.end(target.generation(), state, why));
    }
}
