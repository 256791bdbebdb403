package io.kontor.api.lead;

/** OPEN and QUALIFIED leads are "open": at most one of them per email address. */
public enum LeadStatus {
    OPEN, QUALIFIED, DISQUALIFIED, CONVERTED;

    public boolean isOpen() {
        return this == OPEN || this == QUALIFIED;
    }
}
