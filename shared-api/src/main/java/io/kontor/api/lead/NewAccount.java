package io.kontor.api.lead;

import io.kontor.api.account.AccountProfile;

import java.util.UUID;

/** The account a conversion opens, as for opening one directly. */
public record NewAccount(AccountProfile profile, UUID parentId, UUID ownerId) {
}
