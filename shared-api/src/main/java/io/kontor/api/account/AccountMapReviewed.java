package io.kontor.api.account;

import java.util.UUID;

/** The account's map was reviewed; the map of its hierarchy counts its last review (the event's time). */
public record AccountMapReviewed(UUID accountId, UUID reviewId, String note) {
}
