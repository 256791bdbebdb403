package io.kontor.api.territory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The territory an account belonged to at {@code asOf} (all null if it met the rules of none): the version
 * whose rules placed it there, the conditions it met ({@code matched}, empty for a territory without
 * conditions), since when it has been in that territory ({@code since}) and in that version ({@code versionSince}),
 * and the territory's default owner then.
 */
public record AccountTerritory(UUID accountId, Instant asOf, UUID territoryId, String territoryName, Integer version,
                               TerritoryMatch match, List<TerritoryRuleView> matched, Instant since, Instant versionSince,
                               UUID territoryOwnerId) {
}
