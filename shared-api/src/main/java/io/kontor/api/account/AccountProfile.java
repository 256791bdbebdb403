package io.kontor.api.account;

import java.util.Locale;

/**
 * What an account says about the organisation it stands for ({@code employees}: its head count, if known). Names are kept exactly as given (only
 * surrounding blanks are dropped); codes are upper-cased; empty optional fields become absent.
 */
public record AccountProfile(String name, AccountKind kind, String industry, String country, String region,
                             String website, String debtorNumber, Integer employees) {

    /** A profile without a head count (events stored before accounts had one read so too). */
    public AccountProfile(String name, AccountKind kind, String industry, String country, String region,
                          String website, String debtorNumber) {
        this(name, kind, industry, country, region, website, debtorNumber, null);
    }

    public AccountProfile normalized() {
        return new AccountProfile(name == null ? null : name.strip(), kind, text(industry),
                upper(country), upper(region), text(website), text(debtorNumber), employees);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        String text = text(value);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
