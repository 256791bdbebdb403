package io.kontor.api.account;

import java.util.Map;
import java.util.UUID;

/** The account's ids in other systems after the change, whole (source to id). */
public record AccountExternalIdsChanged(UUID accountId, Map<String, String> externalIds) {
}
