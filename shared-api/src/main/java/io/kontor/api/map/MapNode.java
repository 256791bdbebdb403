package io.kontor.api.map;

import io.kontor.api.opportunity.Coverage;
import io.kontor.api.opportunity.Raci;
import io.kontor.api.opportunity.StakeholderRole;

import java.util.List;
import java.util.UUID;

/**
 * A person of the hierarchy. The seat fields ({@code roles} to {@code quadrant}) are those of the
 * opportunity the map was asked for, and {@code null} (roles empty) for a person without a seat there;
 * {@code ring} is 1 to 4 either way.
 */
public record MapNode(UUID contactId, UUID accountId, String firstName, String lastName, String jobTitle,
                      List<StakeholderRole> roles, Integer influence, Integer interest, Integer attitude, Coverage coverage,
                      Raci raci, Quadrant quadrant, int ring) {

    public boolean hasSeat() {
        return !roles.isEmpty();
    }

    public boolean holds(StakeholderRole role) {
        return roles.contains(role);
    }

    /** Covered at least this well; a person without a seat is not covered at all. */
    public boolean coveredAtLeast(Coverage level) {
        return coverage != null && coverage.atLeast(level);
    }
}
