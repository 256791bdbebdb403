package io.kontor.api.map;

import java.util.UUID;

/** The opportunity whose buying center the map shows. */
public record MapOpportunity(UUID id, String name, UUID accountId, String status) {
}
