package io.kontor.api.account;

import java.util.UUID;

/** The account's profile after the update, whole: history readers need not replay earlier events to read it. */
public record AccountProfileUpdated(UUID accountId, AccountProfile profile) {
}
