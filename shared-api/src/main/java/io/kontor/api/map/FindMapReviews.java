package io.kontor.api.map;

import java.util.UUID;

/** The reviews of the map of the account's hierarchy, latest first. */
public record FindMapReviews(UUID accountId) {
}
