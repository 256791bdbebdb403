package io.kontor.api.lead;

import io.kontor.api.common.PersonalData;

/**
 * What a lead says about a prospect (seed 001). Names are kept as written; empty optional fields become absent.
 * The person's name, email and phone are personal data; the company, its website and size are not.
 */
public record LeadDetails(@PersonalData String firstName, @PersonalData String lastName, @PersonalData String email,
                          String companyName, @PersonalData String phone, String website, Integer employees, String source) {

    /** The details of an erased lead: the person's fields read {@link PersonalData#ERASED}, the company's stay. */
    public LeadDetails erased() {
        return new LeadDetails(PersonalData.ERASED, PersonalData.ERASED, PersonalData.ERASED, companyName,
                phone == null ? null : PersonalData.ERASED, website, employees, source);
    }

    public LeadDetails normalized() {
        return new LeadDetails(strip(firstName), strip(lastName), strip(email), strip(companyName), text(phone),
                text(website), employees, text(source));
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
