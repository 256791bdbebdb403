package io.kontor.api.map;

/** The findings of an account map; the names are stable (clients branch on them). */
public enum MapFindingCode {
    /** The buying center has no decision maker. */
    NO_DECISION_MAKER,
    /** A decision maker is covered below MULTIPLE. */
    DECISION_MAKER_UNDER_COVERED,
    /** The buying center has no champion. */
    NO_CHAMPION,
    /** A blocker or opponent (attitude at most -1) with influence 4-5 whom no supporter influences or advises. */
    UNCOUNTERED_OPPONENT,
    /** Exactly one person is covered at MULTIPLE or better. */
    SINGLE_THREADED,
    /** Nobody in the buying center is covered at MULTIPLE or better. */
    NOT_THREADED,
    /** A decision maker we do not reach ourselves can be reached only through a gatekeeper. */
    DECISION_MAKER_BEHIND_GATEKEEPER,
    /** Nobody reviewed the map of the hierarchy in the last 90 days. */
    MAP_NOT_REVIEWED
}
