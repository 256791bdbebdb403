package io.kontor.api.territory;

import java.util.List;
import java.util.UUID;

/** Everything about a territory for administrators: every version, and the progress of its latest re-evaluation. */
public record TerritoryAdminView(UUID id, List<TerritoryVersionView> versions, ReevaluationView reevaluation) {
}
