package io.kontor.query.readmodel;

import io.kontor.api.common.NotFoundException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every read model of this query side, by name, with its handlers ready. */
@Component
public class ReadModels {

    private final Map<String, ReadModelHandlers> byName = new TreeMap<>();

    public ReadModels(List<ReadModel> readModels) {
        readModels.forEach(readModel -> {
            if (byName.put(readModel.name(), new ReadModelHandlers(readModel)) != null) {
                throw new IllegalStateException("two read models are called " + readModel.name());
            }
        });
    }

    public List<ReadModelHandlers> all() {
        return List.copyOf(byName.values());
    }

    public ReadModelHandlers named(String name) {
        ReadModelHandlers found = byName.get(name);
        if (found == null) {
            throw new NotFoundException("projection", name);
        }
        return found;
    }
}
