package io.kontor.command.account;

import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.AccountProfileRules;
import io.kontor.api.common.Websites;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** Body of {@code POST /api/accounts}. */
public record OpenAccountRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Zakład Łódź",
                maxLength = AccountProfileRules.MAX_NAME) String name,
        @Schema(description = "defaults to COMPANY") AccountKind kind,
        @Schema(description = "open account to place the new one under; absent for a headquarters") UUID parentId,
        @Schema(maxLength = AccountProfileRules.MAX_INDUSTRY) String industry,
        @Schema(description = "ISO 3166-1 alpha-2", example = "PL", pattern = AccountProfileChanges.COUNTRY) String country,
        @Schema(description = "ISO 3166-2, in the country", example = "PL-10", pattern = AccountProfileChanges.REGION)
        String region,
        @Schema(example = "https://example.pl", maxLength = Websites.MAX_LENGTH) String website,
        @Schema(description = "the customer's number in the ERP; unique among open accounts",
                maxLength = AccountProfileRules.MAX_DEBTOR_NUMBER) String debtorNumber,
        @Schema(description = "the owner set by hand; absent: the default owner of the account's territory") UUID ownerId,
        @Schema(description = "head count", minimum = "0", maximum = "" + AccountProfileRules.MAX_EMPLOYEES) Integer employees) {

    public AccountProfile profile() {
        return new AccountProfile(name, kind == null ? AccountKind.COMPANY : kind, industry, country, region,
                website, debtorNumber, employees);
    }
}
