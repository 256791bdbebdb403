package io.kontor.api.account;

import io.kontor.api.common.TargetAggregateId;

import java.util.UUID;

/** Records the account's id in another system ({@code source}, such as {@code salesforce}); a null {@code externalId} removes it. */
public record SetAccountExternalId(@TargetAggregateId UUID accountId, String source, String externalId) {
}
