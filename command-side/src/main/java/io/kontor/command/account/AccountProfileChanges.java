package io.kontor.command.account;

import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountProfileRules;
import io.kontor.api.common.Websites;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Documents the body of {@code PATCH /api/accounts/{id}} (a JSON merge patch): send only the fields
 * to change; {@code null} clears an optional field.
 */
@Schema(name = "AccountProfileChanges")
record AccountProfileChanges(@Schema(maxLength = AccountProfileRules.MAX_NAME) String name, AccountKind kind,
                             @Schema(maxLength = AccountProfileRules.MAX_INDUSTRY) String industry,
                             @Schema(pattern = COUNTRY) String country, @Schema(pattern = REGION) String region,
                             @Schema(maxLength = Websites.MAX_LENGTH) String website,
                             @Schema(maxLength = AccountProfileRules.MAX_DEBTOR_NUMBER) String debtorNumber,
                             @Schema(description = "head count", minimum = "0", maximum = "" + AccountProfileRules.MAX_EMPLOYEES)
                             Integer employees) {

    /** The shapes IsoCodes checks (it also checks that the code exists); either case is taken. */
    static final String COUNTRY = "^[A-Za-z]{2}$";
    static final String REGION = "^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$";
}
