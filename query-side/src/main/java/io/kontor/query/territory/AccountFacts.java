package io.kontor.query.territory;

import io.kontor.api.account.AccountProfile;
import io.kontor.api.territory.TerritoryField;

/** What a territory's rules test about an account at one time; a closed account belongs to no territory. */
record AccountFacts(boolean open, String kind, String industry, String country, String region,
                    String headquartersCountry, Integer employees) {

    static AccountFacts of(AccountProfile profile, String headquartersCountry) {
        return new AccountFacts(true, profile.kind().name(), profile.industry(), profile.country(), profile.region(),
                headquartersCountry, profile.employees());
    }

    AccountFacts withProfile(AccountProfile profile) {
        return new AccountFacts(open, profile.kind().name(), profile.industry(), profile.country(), profile.region(),
                headquartersCountry, profile.employees());
    }

    AccountFacts withHeadquartersCountry(String country) {
        return new AccountFacts(open, kind, industry, this.country, region, country, employees);
    }

    AccountFacts closed() {
        return new AccountFacts(false, kind, industry, country, region, headquartersCountry, employees);
    }

    /** The field's value as the rules compare it, or null if the account has none. */
    String value(TerritoryField field) {
        return switch (field) {
            case COUNTRY -> country;
            case REGION -> region;
            case INDUSTRY -> industry;
            case KIND -> kind;
            case HEADQUARTERS_COUNTRY -> headquartersCountry;
            case EMPLOYEES -> employees == null ? null : employees.toString();
        };
    }
}
