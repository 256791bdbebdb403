package io.kontor.query.projection;

import io.kontor.query.readmodel.Generation;
import io.kontor.query.readmodel.Generations;
import io.kontor.query.readmodel.ReadModelHandlers;
import io.kontor.query.readmodel.ReadModels;
import io.kontor.query.readmodel.SearchPath;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The one event handler of the live projections: every event is read, deserialized and handed on once,
 * to each read model that has a live generation of its current shape, in the batch's one transaction
 * with one token update. A read model without one (being built for the first time, or frozen while a
 * new shape is built beside it) is skipped: its rebuild catches up with this processor before it goes live.
 */
@Component
@ProcessingGroup(ProjectionDispatcher.PROCESSOR)
public class ProjectionDispatcher {

    public static final String PROCESSOR = "projections";

    private final ReadModels readModels;
    private final Generations generations;
    private final LiveBatches batches;
    private final SearchPath searchPath;
    private final DataSource dataSource;

    public ProjectionDispatcher(ReadModels readModels, Generations generations, LiveBatches batches, SearchPath searchPath,
                                DataSource dataSource) {
        this.readModels = readModels;
        this.generations = generations;
        this.batches = batches;
        this.searchPath = searchPath;
        this.dataSource = dataSource;
    }

    @EventHandler(payloadType = Object.class)
    public void on(EventMessage<?> event) throws Exception {
        if (!batches.entered()) {
            batches.enter();
            // What is live is read from the database at the start of every batch: this node may have just
            // taken the projections over from one that switched a generation a moment before it died.
            generations.refresh();
            pointAtLiveGenerations();
        }
        for (ReadModelHandlers readModel : readModels.all()) {
            Optional<Generation> live = generations.live(readModel.name());
            if (live.isPresent() && live.get().shape().equals(readModel.shape())) {
                readModel.handle(event);
            }
        }
    }

    /**
     * The batch's connection was borrowed before the batch took the lock and read the live generations;
     * it is pointed at them now (a no-op almost always).
     */
    private void pointAtLiveGenerations() throws SQLException {
        String wanted = searchPath.wanted();
        if (wanted != null) {
            searchPath.apply(DataSourceUtils.getConnection(dataSource), wanted);
        }
    }
}
