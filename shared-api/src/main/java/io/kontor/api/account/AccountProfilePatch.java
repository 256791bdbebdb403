package io.kontor.api.account;

import io.kontor.api.common.Patch;

/** A partial profile update: each field is kept, replaced, or (for optional fields) cleared. */
public record AccountProfilePatch(Patch<String> name, Patch<AccountKind> kind, Patch<String> industry,
                                  Patch<String> country, Patch<String> region, Patch<String> website,
                                  Patch<String> debtorNumber, Patch<Integer> employees) {

    /** A patch that leaves the head count alone. */
    public AccountProfilePatch(Patch<String> name, Patch<AccountKind> kind, Patch<String> industry, Patch<String> country,
                               Patch<String> region, Patch<String> website, Patch<String> debtorNumber) {
        this(name, kind, industry, country, region, website, debtorNumber, Patch.keep());
    }

    public AccountProfile applyTo(AccountProfile current) {
        return new AccountProfile(
                name.applyTo(current.name()),
                kind.applyTo(current.kind()),
                industry.applyTo(current.industry()),
                country.applyTo(current.country()),
                region.applyTo(current.region()),
                website.applyTo(current.website()),
                debtorNumber.applyTo(current.debtorNumber()),
                employees.applyTo(current.employees())).normalized();
    }
}
