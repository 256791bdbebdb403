package io.kontor.api.contact;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

public record UpdateContact(@TargetAggregateId UUID contactId, ContactDetailsPatch patch) {
}
