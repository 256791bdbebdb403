package io.kontor.query.projection;

import io.kontor.query.readmodel.Generations;
import io.kontor.query.readmodel.ReadModelHandlers;
import io.kontor.query.readmodel.ReadModels;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.List;

/**
 * Reads of read models answer 503 while one of them has no live generation of the shape this code reads: on a
 * fresh database the first generations are built from the history as the service starts, and a half-built answer
 * must never look like a complete one. After an upgrade that changed a read model's shape, this code's queries
 * may not fit the tables of the previous generation (the accounts read model of 2026-12-02 reads a table the
 * older one lacks), so reads wait for the new generation too rather than fail. A replay builds a generation of
 * the same shape, and reads keep answering from the live one until it switches.
 */
class ReadModelsReadyInterceptor implements HandlerInterceptor {

    private final Generations generations;
    private final ReadModels readModels;

    ReadModelsReadyInterceptor(Generations generations, ReadModels readModels) {
        this.generations = generations;
        this.readModels = readModels;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<ReadModelHandlers> building = readModels.all().stream().filter(this::notReadable).toList();
        if (!building.isEmpty()) {
            generations.refresh();
            building = building.stream().filter(this::notReadable).toList();
            if (!building.isEmpty()) {
                throw new ReadModelsBuildingException(building.stream().map(ReadModelHandlers::name).toList());
            }
        }
        return true;
    }

    private boolean notReadable(ReadModelHandlers readModel) {
        return generations.live(readModel.name()).filter(live -> live.shape().equals(readModel.shape())).isEmpty();
    }
}
