package io.kontor.api.opportunity;

/**
 * How well we know a stakeholder: from not at all to in depth, in that order. A deal is multi-threaded
 * when several people are covered at {@link #MULTIPLE} or better.
 */
public enum Coverage {
    UNKNOWN, NO_CONTACT, BRIEF, MULTIPLE, IN_DEPTH;

    public boolean atLeast(Coverage other) {
        return compareTo(other) >= 0;
    }
}
