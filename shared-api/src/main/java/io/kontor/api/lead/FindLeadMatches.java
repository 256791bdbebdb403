package io.kontor.api.lead;

import java.util.UUID;

public record FindLeadMatches(UUID leadId) {
}
