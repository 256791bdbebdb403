package io.kontor.api.opportunity;

import java.util.UUID;

public record FindOpportunity(UUID opportunityId) {
}
