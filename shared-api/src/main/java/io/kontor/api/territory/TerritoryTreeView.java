package io.kontor.api.territory;

import java.time.Instant;
import java.util.List;

/** Territories in tree order (each after its parent, siblings by priority), as they stood at {@code asOf}. */
public record TerritoryTreeView(Instant asOf, List<TerritoryView> territories) {
}
