package io.kontor.api.opportunity;

public enum OpportunityStatus {
    OPEN, WON, LOST
}
