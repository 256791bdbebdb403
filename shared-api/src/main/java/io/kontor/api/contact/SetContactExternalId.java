package io.kontor.api.contact;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

/** Records the contact's id in another system ({@code source}, such as {@code salesforce}); a null {@code externalId} removes it. */
public record SetContactExternalId(@TargetAggregateId UUID contactId, String source, String externalId) {
}
