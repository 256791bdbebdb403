package io.kontor.api.opportunity;

import io.kontor.api.common.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public record OpportunityView(UUID id, UUID accountId, String name, Money value, Stage stage, int probability,
                              boolean probabilityExplicit, OpportunityStatus status, LocalDate expectedCloseDate,
                              UUID ownerId, String closeReason, Instant openedAt, Instant closedAt,
                              List<Stakeholder> stakeholders, Map<String, String> externalIds,
                              long version) {
}
