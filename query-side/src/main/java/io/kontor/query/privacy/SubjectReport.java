package io.kontor.query.privacy;

import io.kontor.api.contact.ContactView;
import io.kontor.api.lead.LeadView;
import io.kontor.api.relationship.Relationship;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything Kontor holds about one person (GDPR art. 15): each of their contacts with its account, legal
 * hold, buying-center seats, relationships (its own and other people's to it) and history, and each of their
 * leads with its history, as of {@code generatedAt}.
 */
public record SubjectReport(@Schema(description = "the email asked for; null when asked by id") String email,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<ContactRecord> contacts,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<LeadRecord> leads,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant generatedAt) {

    /** A contact of the person; {@code history} is every event of it, as the audit API shows them. */
    public record ContactRecord(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ContactView contact,
                                String accountName, LegalHold legalHold, ErasureNote erasure,
                                @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Seat> seats,
                                @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Relationship> relationships,
                                @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Map<String, Object>> history) {
    }

    public record LeadRecord(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LeadView lead, ErasureNote erasure,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Map<String, Object>> history) {
    }

    /** A seat in the buying center of an opportunity. */
    public record Seat(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID opportunityId, String opportunityName,
                       UUID accountId, String role, int influence, int interest) {
    }

    public record LegalHold(String reason, String placedBy, Instant placedAt) {
    }

    /** When and why the record was erased. */
    public record ErasureNote(UUID erasureId, String reason, String erasedBy, Instant erasedAt) {
    }
}
