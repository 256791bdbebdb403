package io.kontor.api.lead;

import java.util.UUID;

public record LeadCaptured(UUID leadId, LeadDetails details) {
}
