package io.kontor.command.account;

import io.kontor.api.account.AccountKind;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Documents the body of {@code PATCH /api/accounts/{id}} (a JSON merge patch): send only the fields
 * to change; {@code null} clears an optional field.
 */
@Schema(name = "AccountProfileChanges")
record AccountProfileChanges(String name, AccountKind kind, String industry, String country, String region,
                             String website, String debtorNumber) {
}
