package io.kontor.api.contact;

import io.kontor.api.common.DataSubject;
import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

public record AddContact(@TargetAggregateId @DataSubject UUID contactId, UUID accountId, ContactDetails details) {
}
