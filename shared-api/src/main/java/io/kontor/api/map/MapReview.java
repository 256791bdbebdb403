package io.kontor.api.map;

import java.time.Instant;
import java.util.UUID;

/** A review of the map, recorded on one account of the hierarchy. */
public record MapReview(UUID reviewId, UUID accountId, Instant reviewedAt, String reviewedBy, String note) {
}
