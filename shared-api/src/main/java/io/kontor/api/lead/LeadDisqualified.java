package io.kontor.api.lead;

import java.util.UUID;

public record LeadDisqualified(UUID leadId, String reason) {
}
