package io.kontor.api.opportunity;

import java.util.UUID;

public record OpportunityStageChanged(UUID opportunityId, Stage fromStage, Stage toStage, int probability) {
}
