package io.kontor.api.lead;

/** What a lead says about a prospect (seed 001). Names are kept as written; empty optional fields become absent. */
public record LeadDetails(String firstName, String lastName, String email, String companyName, String phone,
                          String website, Integer employees, String source) {

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
