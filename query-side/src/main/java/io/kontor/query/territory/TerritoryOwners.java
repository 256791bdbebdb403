package io.kontor.query.territory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.kontor.query.territory.TerritoryVersions.utc;

/**
 * The effective owner of an account, in SQL, for every read that shows or filters by {@code ownerId}
 * (the account read, account lists, pipeline reports), so they all agree: the owner set by hand
 * ({@code account_view.owner_id}) if there is one, else the default owner of the territory the account
 * belongs to at that instant (kept on its assignment, with the version that placed it).
 *
 * <p>Why on the query side, at read time: the territory an account belongs to is itself a read model
 * (it follows from every account's facts and every territory's versions), and a version may take effect
 * later than it was entered; resolving the owner when it is read makes the answer right at every instant
 * without a scheduler rewriting owners, and keeps the hand-set owner in the account's own events.
 */
public final class TerritoryOwners {

    private TerritoryOwners() {
    }

    /**
     * The default owner of the territory the {@code account_view} row {@code alias} belongs to at the instant (the
     * effective owner where no owner was set by hand); takes {@link #at} as its two parameters.
     */
    public static String territoryOwner(String alias) {
        return "(SELECT ta.owner_id FROM territory_assignment ta WHERE ta.account_id = " + alias + ".id "
                + "AND ta.valid_from <= ? AND (ta.valid_to IS NULL OR ta.valid_to > ?))";
    }

    /** The two parameters of an instant in the conditions here. */
    public static List<Object> at(Instant instant) {
        OffsetDateTime time = utc(instant);
        return List.of(time, time);
    }

    /**
     * A condition: the {@code account_view} row {@code alias} has this effective owner. One IN over a union
     * of two indexed lookups (the hand-set owner; the territory's owner, by its index, where the primary key
     * says none was set by hand), not an OR, which H2 runs as a scan.
     * Takes the parameters of {@link #ownedByArguments}.
     */
    public static String ownedBy(String alias) {
        return alias + ".id IN (SELECT oh.id FROM account_view oh WHERE oh.owner_id = ? UNION ALL "
                + "SELECT ta.account_id FROM territory_assignment ta WHERE ta.owner_id = ? AND ta.valid_from <= ? "
                + "AND (ta.valid_to IS NULL OR ta.valid_to > ?) AND NOT EXISTS (SELECT 1 FROM account_view ot "
                + "WHERE ot.id = ta.account_id AND ot.owner_id IS NOT NULL))";
    }

    public static List<Object> ownedByArguments(UUID ownerId, Instant instant) {
        OffsetDateTime time = utc(instant);
        return List.of(ownerId, ownerId, time, time);
    }

    /** A condition: the row {@code alias} belongs, at the instant, to one of {@code territories} territories (ids, then the instant twice). */
    public static String inTerritories(String alias, int territories) {
        return alias + ".id IN (SELECT ta.account_id FROM territory_assignment ta WHERE ta.territory_id IN ("
                + String.join(", ", java.util.Collections.nCopies(territories, "?"))
                + ") AND ta.valid_from <= ? AND (ta.valid_to IS NULL OR ta.valid_to > ?))";
    }
}
