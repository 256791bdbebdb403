package io.kontor.api.contact;

import io.kontor.api.common.PersonalData;

/** Who a contact is and how to reach them. Names are kept as written; empty optional fields become absent. */
public record ContactDetails(@PersonalData String firstName, @PersonalData String lastName, @PersonalData String email,
                             @PersonalData String phone, @PersonalData String jobTitle) {

    /** The details of an erased contact: every field it had reads {@link PersonalData#ERASED}. */
    public ContactDetails erased() {
        return new ContactDetails(PersonalData.ERASED, PersonalData.ERASED, erased(email), erased(phone), erased(jobTitle));
    }

    public ContactDetails normalized() {
        return new ContactDetails(strip(firstName), strip(lastName), text(email), text(phone), text(jobTitle));
    }

    private static String erased(String value) {
        return value == null ? null : PersonalData.ERASED;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
