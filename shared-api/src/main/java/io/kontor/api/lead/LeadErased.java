package io.kontor.api.lead;

import java.util.UUID;

/**
 * The lead's personal data is erased (its key destroyed); the company, status and where it was converted
 * to stay. Holds no personal data itself: who asked and when are the event's principal and time.
 */
public record LeadErased(UUID leadId, UUID erasureId, String reason) {
}
