package io.kontor.api.lead;

import java.util.UUID;

/** Where a converted lead went; {@code opportunityId} is absent when no opportunity was opened. */
public record LeadConversion(UUID accountId, UUID contactId, UUID opportunityId, boolean accountCreated,
                             boolean contactReused) {
}
