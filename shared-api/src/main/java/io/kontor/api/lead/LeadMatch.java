package io.kontor.api.lead;

import java.util.List;
import java.util.UUID;

/** An account the lead probably belongs to: its strongest {@code reason} and all {@code reasons}. */
public record LeadMatch(UUID accountId, String name, UUID headquartersId, MatchReason reason, List<MatchReason> reasons) {
}
