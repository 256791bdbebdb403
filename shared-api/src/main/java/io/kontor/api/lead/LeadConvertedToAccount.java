package io.kontor.api.lead;

import java.util.UUID;

public record LeadConvertedToAccount(UUID leadId, LeadConversion conversion) {
}
