package io.kontor.api.contact;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

public record LiftLegalHold(@TargetAggregateId UUID contactId, String reason) {
}
