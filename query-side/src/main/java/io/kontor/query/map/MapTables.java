package io.kontor.query.map;

/**
 * Every table of the account map read model ({@code readmodel/map.sql}), in one place: the projections
 * write them and the reader reads them, unqualified (each generation of the read model is a schema of
 * its own, and the connection's search path points at the live one).
 */
final class MapTables {

    /** Periods of each account: parent, headquarters, name, status. */
    static final String ACCOUNTS = "map_account";
    /** Periods of each contact: account, names, job title. */
    static final String CONTACTS = "map_contact";
    /** Periods of each buying-center seat. */
    static final String SEATS = "map_seat";
    /** Each relationship as it is now, with its validity dates and why it ended. */
    static final String RELATIONSHIPS = "map_relationship";
    /** Periods of each relationship on the map: from its recording to its end, strength, sentiment and note. */
    static final String RELATIONSHIP_PERIODS = "map_relationship_period";
    static final String OPPORTUNITIES = "map_opportunity";
    static final String REVIEWS = "map_review";

    private MapTables() {
    }
}
