package io.kontor.api.contact;

/** Who a contact is and how to reach them. Names are kept as written; empty optional fields become absent. */
public record ContactDetails(String firstName, String lastName, String email, String phone, String jobTitle) {

    public ContactDetails normalized() {
        return new ContactDetails(strip(firstName), strip(lastName), text(email), text(phone), text(jobTitle));
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
