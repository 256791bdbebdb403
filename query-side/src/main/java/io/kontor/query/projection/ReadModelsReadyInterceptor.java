package io.kontor.query.projection;

import io.kontor.query.readmodel.Generations;
import io.kontor.query.readmodel.ReadModelHandlers;
import io.kontor.query.readmodel.ReadModels;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.List;

/**
 * Reads of read models answer 503 while one of them has no live generation at all: on a fresh database
 * (or right after an upgrade that dropped the old tables) the first generations are built from the
 * history as the service starts, and a half-built answer must never look like a complete one. A read
 * model rebuilt for a new shape keeps answering from its previous generation meanwhile.
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
        List<String> building = readModels.all().stream().map(ReadModelHandlers::name)
                .filter(name -> generations.live(name).isEmpty()).toList();
        if (!building.isEmpty()) {
            generations.refresh();
            building = building.stream().filter(name -> generations.live(name).isEmpty()).toList();
            if (!building.isEmpty()) {
                throw new ReadModelsBuildingException(building);
            }
        }
        return true;
    }
}
