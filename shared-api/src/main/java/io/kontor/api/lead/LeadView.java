package io.kontor.api.lead;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

public record LeadView(UUID id, String firstName, String lastName, String email, String companyName, String phone,
                       String website, Integer employees, String source, LeadStatus status, Integer score,
                       String disqualificationReason, UUID accountId, UUID contactId, UUID opportunityId,
                       Instant capturedAt, Map<String, String> externalIds, long version) {
}
