package io.kontor.api.contact;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

public record AddContact(@TargetAggregateId UUID contactId, UUID accountId, ContactDetails details) {
}
