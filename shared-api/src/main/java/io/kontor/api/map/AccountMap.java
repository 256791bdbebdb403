package io.kontor.api.map;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The account map: every person of the hierarchy (headquarters and all its branches) as a node, the
 * relationships between them as edges, and what the picture is missing as findings. {@code accounts}
 * holds the hierarchy's accounts (to group people by) and the former employers edges point at.
 */
public record AccountMap(UUID accountId, UUID headquartersId, Instant asOf, MapOpportunity opportunity,
                         List<MapAccount> accounts, List<MapNode> nodes, List<MapEdge> edges, List<MapFinding> findings,
                         MapReview lastReview) {
}
