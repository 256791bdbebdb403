package io.kontor.api.map;

import java.util.List;
import java.util.UUID;

/** Something the map is missing: a stable {@code code} clients can branch on, a sentence, and the people concerned. */
public record MapFinding(MapFindingCode code, String message, List<UUID> contacts) {
}
