package io.kontor.api.map;

import java.time.Instant;
import java.util.UUID;

/**
 * The map of the account's whole hierarchy; with {@code opportunityId} the seats of that opportunity's
 * buying center, with {@code asOf} as it stood at that instant ({@code null}: now).
 */
public record FindAccountMap(UUID accountId, UUID opportunityId, Instant asOf) {
}
