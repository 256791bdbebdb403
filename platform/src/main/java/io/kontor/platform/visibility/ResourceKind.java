package io.kontor.platform.visibility;

/** The resources a path or a request body names by id, and the word a 404 uses for each. */
public enum ResourceKind {
    ACCOUNT("account"),
    CONTACT("contact"),
    OPPORTUNITY("opportunity"),
    LEAD("lead");

    private final String word;

    ResourceKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
