package io.kontor.platform.territory;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Territories by name, for the parts of Kontor that scope users to territories (configured by name).
 * Implemented by the query side's territories read model.
 */
public interface TerritoryDirectory {

    /** Ids of the territories currently named so, with all their current descendants. */
    Set<UUID> territoriesWithDescendants(Collection<String> territoryNames);
}
