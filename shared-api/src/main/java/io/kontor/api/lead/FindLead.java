package io.kontor.api.lead;

import java.util.UUID;

public record FindLead(UUID leadId) {
}
